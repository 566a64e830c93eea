using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Domain;

/// <summary>A relation's id: a hash of type, ends, role and start, so that one fact has one id in every store.</summary>
public static class RelationIds
{
    public static string For(RelationType type, string fromId, string toId, string? role, FuzzyDate? validFrom)
    {
        var key = string.Join(
            '\u001f',
            WireNames.Of(type),
            fromId,
            toId,
            role?.Trim().ToUpperInvariant() ?? string.Empty,
            validFrom?.Edtf ?? string.Empty);
        return "rel:" + StableHash.Hex(key);
    }
}
