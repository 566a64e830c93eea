using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Ingestion.Merging;

/// <summary>
/// Finds the relation the graph already holds for one an article states: same type and ends, a role that agrees
/// (equal, unknown on one side, or one the start of the other: "Prime Minister" and "Prime Minister of Japan") and
/// validity that overlaps (unknown overlaps everything). An undated statement ("President Putin said") is the term
/// that held when the article was published. The article's evidence then joins that relation instead of a twin
/// with no dates beside the curated one.
/// </summary>
internal sealed class RelationTwins
{
    private readonly Dictionary<string, IReadOnlyList<Relation>> _outgoing;

    private RelationTwins(Dictionary<string, IReadOnlyList<Relation>> outgoing)
    {
        _outgoing = outgoing;
    }

    public static async Task<RelationTwins> LoadAsync(IGraphStore store, IEnumerable<string> fromIds, CancellationToken cancellationToken)
    {
        var ids = fromIds.Distinct(StringComparer.Ordinal).ToList();
        var found = ids.Count == 0
            ? new Dictionary<string, IReadOnlyList<Relation>>()
            : await store.GetRelationsAsync(ids, new RelationQuery { Direction = RelationDirection.Outgoing }, cancellationToken);
        return new RelationTwins(found.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }

    /// <summary>Makes a relation this batch creates findable for the statements after it.</summary>
    public void Add(Relation created)
    {
        _outgoing[created.FromId] = _outgoing.TryGetValue(created.FromId, out var known) ? [.. known, created] : [created];
    }

    public Relation? Find(Relation stated, DateOnly? published)
    {
        if (!_outgoing.TryGetValue(stated.FromId, out var relations))
        {
            return null;
        }

        var then = published is { } day ? FuzzyDate.Parse(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null;
        var undated = stated.ValidFrom is null && stated.ValidTo is null;
        return relations
            .Where(r => r.Type == stated.Type && r.ToId == stated.ToId && RolesAgree(r.Role, stated.Role) && Overlap(r, stated))
            .OrderByDescending(r => r.Id == stated.Id)
            .ThenByDescending(r => undated && then is not null && r.IsValidDuring(then))
            .ThenByDescending(r => Normalize(r.Role) == Normalize(stated.Role))
            .ThenByDescending(r => r.ValidFrom?.EarliestKey ?? FuzzyDate.OpenStartKey)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static bool Overlap(Relation a, Relation b) =>
        (a.ValidFrom?.EarliestKey ?? FuzzyDate.OpenStartKey) <= (b.ValidTo?.LatestKey ?? FuzzyDate.OpenEndKey)
        && (b.ValidFrom?.EarliestKey ?? FuzzyDate.OpenStartKey) <= (a.ValidTo?.LatestKey ?? FuzzyDate.OpenEndKey);

    private static bool RolesAgree(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        var (x, y) = (Normalize(a), Normalize(b));
        return x == y || x.StartsWith(y + " ", StringComparison.Ordinal) || y.StartsWith(x + " ", StringComparison.Ordinal);
    }

    private static string Normalize(string? role) =>
        role is null ? string.Empty : string.Join(' ', role.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
