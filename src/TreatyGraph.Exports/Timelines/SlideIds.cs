using System.Globalization;
using System.Text;

namespace TreatyGraph.Exports.Timelines;

/// <summary>
/// Event ids as TimelineJS <c>unique_id</c>s, which it uses as HTML ids and in the page address (<c>#event-…</c>),
/// where a colon breaks selectors. An id of the usual shape <c>event:slug</c> becomes <c>event-slug</c>; any other
/// id becomes <c>id_</c> followed by its letters, digits and hyphens, every other character as <c>_xx</c> (its
/// UTF-8 bytes in hex). Only the second form contains <c>_</c>, so two ids never meet.
/// </summary>
public static class SlideIds
{
    private const string Prefix = "event:";

    public static string For(string eventId)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        var slug = eventId.StartsWith(Prefix, StringComparison.Ordinal) ? eventId[Prefix.Length..] : null;
        if (slug is { Length: > 0 } && slug.All(IsSafe))
        {
            return "event-" + slug;
        }

        var id = new StringBuilder("id_", eventId.Length + 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in eventId.EnumerateRunes())
        {
            if (rune.IsAscii && IsSafe((char)rune.Value))
            {
                id.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                id.Append('_').Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
        }

        return id.ToString();
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-';
}
