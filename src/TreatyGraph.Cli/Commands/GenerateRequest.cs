namespace TreatyGraph.Cli.Commands;

/// <summary>The parsed options of <c>treatygraph generate</c>.</summary>
internal sealed record GenerateRequest(int Scale, int Seed, DirectoryInfo? Out, bool IntoStore, int Batch = 5000);
