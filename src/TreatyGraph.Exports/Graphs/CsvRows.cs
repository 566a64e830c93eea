using System.Text;

namespace TreatyGraph.Exports.Graphs;

/// <summary>
/// RFC 4180 rows: fields separated by commas, rows ended by CRLF, a field quoted (its quotes doubled) when it holds
/// a comma, a quote, a CR or an LF. An absent value is an empty field.
/// </summary>
internal static class CsvRows
{
    public const string RowEnd = "\r\n";

    public static void Append(StringBuilder row, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                row.Append(',');
            }

            first = false;
            if (string.IsNullOrEmpty(field))
            {
                continue;
            }

            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                row.Append(field);
            }
            else
            {
                row.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
        }

        row.Append(RowEnd);
    }
}
