namespace TreatyGraph.Core.Domain;

/// <summary>What an entity is. The wire names are the member names (see <see cref="WireNames"/>).</summary>
public enum EntityKind
{
    Country,
    Person,
    Treaty,
    Territory,
    Organization,
    Place,
}
