namespace TreatyGraph.Exports.Graphs;

/// <summary>
/// One attribute of a node or edge: its GraphML key id and name (the column title in Gephi and yEd), its CSV column,
/// and how to read it. Lists are written one item per line.
/// </summary>
internal sealed record GraphAttribute<T>(string KeyId, string Name, string CsvColumn, Func<T, string?> Read);
