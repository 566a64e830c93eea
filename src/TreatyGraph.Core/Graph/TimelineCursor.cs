using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace TreatyGraph.Core.Graph;

/// <summary>
/// The position of an event in timeline order, as an opaque cursor every store writes and reads the same
/// way (so two stores give byte-identical pages).
/// </summary>
public readonly record struct TimelineCursor(long EarliestKey, long LatestKey, string Id)
{
    /// <summary>The sort key of an undated event: after every dated one.</summary>
    public const long Undated = long.MaxValue;

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"t|{EarliestKey}|{LatestKey}|{Id}")));

    public static TimelineCursor Decode(string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var parts = text.Split('|', 4);
            if (parts.Length == 4 && parts[0] == "t")
            {
                return new TimelineCursor(
                    long.Parse(parts[1], CultureInfo.InvariantCulture),
                    long.Parse(parts[2], CultureInfo.InvariantCulture),
                    parts[3]);
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidCursorException(cursor);
    }
}
