using TreatyGraph.Core.Domain;

namespace TreatyGraph.Storage.Neo4j.Writes;

/// <summary>
/// The upsert rule of <see cref="Core.Graph.IGraphStore.ApplyAsync"/> in .NET: scalar fields take the new
/// value when it is given, lists are unioned with the stored items first and new ones appended.
/// </summary>
internal static class BatchMerge
{
    public static Entity Merge(Entity stored, Entity incoming) => stored with
    {
        Kind = incoming.Kind,
        Name = incoming.Name,
        Aliases = Union(stored.Aliases, incoming.Aliases, a => a),
        WikidataId = incoming.WikidataId ?? stored.WikidataId,
        Description = incoming.Description ?? stored.Description,
        References = Union(stored.References, incoming.References, r => r),
        Treaty = incoming.Treaty ?? stored.Treaty,
    };

    public static Event Merge(Event stored, Event incoming) => stored with
    {
        Kind = incoming.Kind,
        Status = incoming.Status,
        Title = incoming.Title,
        Date = incoming.Date ?? stored.Date,
        Participants = Union(stored.Participants, incoming.Participants, p => p),
        PlaceId = incoming.PlaceId ?? stored.PlaceId,
        Concerns = Union(stored.Concerns, incoming.Concerns, c => c),
        Evidence = Union(stored.Evidence, incoming.Evidence, e => e.Key),
    };

    public static Relation Merge(Relation stored, Relation incoming) => stored with
    {
        ValidTo = incoming.ValidTo ?? stored.ValidTo,
        Evidence = Union(stored.Evidence, incoming.Evidence, e => e.Key),
    };

    private static T[] Union<T, TKey>(IReadOnlyList<T> stored, IReadOnlyList<T> incoming, Func<T, TKey> key)
    {
        var seen = new HashSet<TKey>(stored.Select(key));
        var merged = new List<T>(stored);
        foreach (var item in incoming)
        {
            if (seen.Add(key(item)))
            {
                merged.Add(item);
            }
        }

        return [.. merged];
    }
}
