using System.Buffers.Text;
using System.Text;

namespace TreatyGraph.Core.Graph;

/// <summary>A cursor over a list ordered by id: it holds the last id seen.</summary>
public static class IdCursor
{
    public static string Encode(string lastId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes("i|" + lastId));

    public static string Decode(string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith("i|", StringComparison.Ordinal))
            {
                return text[2..];
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidCursorException(cursor);
    }
}
