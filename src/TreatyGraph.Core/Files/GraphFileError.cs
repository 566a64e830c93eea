namespace TreatyGraph.Core.Files;

/// <summary>One problem in a graph file: <c>events.jsonl:17: unknown event kind 'Meetng'; expected one of …</c>.</summary>
public sealed record GraphFileError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
