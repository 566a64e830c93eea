using System.Text;
using TreatyGraph.Core.Graph;
using TreatyGraph.Exports.Filters;

namespace TreatyGraph.Exports.Graphs;

/// <summary>
/// Writes a graph selection as two UTF-8 CSV files (RFC 4180) in the shape Gephi's spreadsheet import expects:
/// <c>nodes.csv</c> with <c>Id</c>, <c>Label</c> and the attributes; <c>edges.csv</c> with <c>Source</c>,
/// <c>Target</c>, <c>Type</c> (always <c>Directed</c>), <c>Id</c>, <c>Label</c> and the attributes. List values
/// (aliases, quotes, sources) are one per line inside their field. Written chunk by chunk as read.
/// </summary>
public sealed class CsvExport(IGraphStore store)
{
    public const string MediaType = "text/csv; charset=utf-8";

    public static string FileName(CsvPart part) => part == CsvPart.Nodes ? "nodes.csv" : "edges.csv";

    public async Task WriteAsync(GraphSelection selection, CsvPart part, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(output);
        var source = new GraphSource(store, selection);
        var row = new StringBuilder();
        if (part == CsvPart.Nodes)
        {
            CsvRows.Append(row, ["Id", .. GraphAttributes.Node.Select(a => a.CsvColumn)]);
            await foreach (var chunk in source.NodesAsync(cancellationToken))
            {
                foreach (var node in chunk)
                {
                    CsvRows.Append(row, [node.Id, .. GraphAttributes.Node.Select(a => a.Read(node))]);
                }

                await WriteAsync(output, row, cancellationToken);
            }
        }
        else
        {
            CsvRows.Append(row, ["Source", "Target", "Type", "Id", .. GraphAttributes.Edge.Select(a => a.CsvColumn)]);
            await foreach (var chunk in source.EdgesAsync(cancellationToken))
            {
                foreach (var edge in chunk)
                {
                    CsvRows.Append(row, [edge.Source, edge.Target, "Directed", edge.Id, .. GraphAttributes.Edge.Select(a => a.Read(edge))]);
                }

                await WriteAsync(output, row, cancellationToken);
            }
        }

        await WriteAsync(output, row, cancellationToken);
    }

    private static async Task WriteAsync(Stream output, StringBuilder rows, CancellationToken cancellationToken)
    {
        if (rows.Length > 0)
        {
            await output.WriteAsync(Encoding.UTF8.GetBytes(rows.ToString()), cancellationToken);
            rows.Clear();
        }

        await output.FlushAsync(cancellationToken);
    }
}
