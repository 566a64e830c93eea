namespace TreatyGraph.Cli.Copying;

/// <summary>What a copy moves, in the order it moves them: events and relations need their entities and articles.</summary>
internal enum CopyItemKind
{
    Articles,
    Entities,
    Events,
    Relations,
}
