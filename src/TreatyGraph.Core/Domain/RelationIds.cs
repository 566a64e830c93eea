using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Domain;

/// <summary>A relation's id: a hash of type, ends, role and start, so that one fact has one id in every store.</summary>
public static class RelationIds
{
    /// <summary>The role counts without its case or spacing: "Prime  minister " is "PRIME MINISTER".</summary>
    public static string For(RelationType type, string fromId, string toId, string? role, FuzzyDate? validFrom)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        var key = string.Join(
            '\u001f',
            WireNames.Of(type),
            fromId,
            toId,
            NormalizeRole(role),
            validFrom?.Edtf ?? string.Empty);
        return "rel:" + StableHash.Hex(key);
    }

    private static string NormalizeRole(string? role) =>
        role is null
            ? string.Empty
            : string.Join(' ', role.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
