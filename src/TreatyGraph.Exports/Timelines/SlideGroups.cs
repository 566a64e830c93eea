using System.Text;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Exports.Timelines;

/// <summary>
/// A slide's <c>group</c> (the row it sits in on the time navigation): the event kind in words ("War end"), with
/// planned events in a row of their own per kind ("Meeting (planned)") so they never pass for what happened.
/// </summary>
public static class SlideGroups
{
    public const string PlannedSuffix = " (planned)";

    /// <summary>The headline prefix of a planned event.</summary>
    public const string PlannedPrefix = "Planned: ";

    public static string For(EventKind kind, EventStatus status) =>
        status == EventStatus.Planned ? Words(kind) + PlannedSuffix : Words(kind);

    private static string Words(EventKind kind)
    {
        var name = WireNames.Of(kind);
        var words = new StringBuilder(name.Length + 4).Append(name[0]);
        foreach (var c in name.AsSpan(1))
        {
            if (char.IsAsciiLetterUpper(c))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }

        return words.ToString();
    }
}
