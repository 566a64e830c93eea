namespace TreatyGraph.Exports.Graphs;

/// <summary>Which of the two CSV files of a graph export: <c>nodes.csv</c> or <c>edges.csv</c>.</summary>
public enum CsvPart
{
    Nodes,
    Edges,
}
