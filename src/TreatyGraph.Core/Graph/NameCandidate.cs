namespace TreatyGraph.Core.Graph;

/// <summary>
/// One name of an entity that a store found for a search: <see cref="Order"/> 0 is the entity's name,
/// 1.. its aliases in stored order. <see cref="FoldedName"/> is <see cref="Text.NameFolding.Fold"/> of <see cref="Name"/>.
/// </summary>
public sealed record NameCandidate(string EntityId, string EntityName, int Order, string Name, string FoldedName);
