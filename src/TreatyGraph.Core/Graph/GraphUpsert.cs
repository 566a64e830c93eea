using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Graph;

/// <summary>
/// The upsert rules of <see cref="IGraphStore.ApplyAsync"/> in one place, so every store merges alike:
/// scalar fields take the incoming value when it is given (non-null), lists are unioned with the stored
/// items first and new items appended (evidence compared by <see cref="Evidence.Key"/>, the rest by value).
/// </summary>
public static class GraphUpsert
{
    public static Entity Merge(Entity stored, Entity incoming)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(incoming);
        return stored with
        {
            Kind = incoming.Kind,
            Name = incoming.Name,
            WikidataId = incoming.WikidataId ?? stored.WikidataId,
            Description = incoming.Description ?? stored.Description,
            Treaty = incoming.Treaty ?? stored.Treaty,
            Aliases = Union(stored.Aliases, incoming.Aliases),
            References = Union(stored.References, incoming.References),
        };
    }

    public static Event Merge(Event stored, Event incoming)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(incoming);
        return stored with
        {
            Kind = incoming.Kind,
            Status = incoming.Status,
            Title = incoming.Title,
            Date = incoming.Date ?? stored.Date,
            PlaceId = incoming.PlaceId ?? stored.PlaceId,
            Participants = Union(stored.Participants, incoming.Participants),
            Concerns = Union(stored.Concerns, incoming.Concerns),
            Evidence = Union(stored.Evidence, incoming.Evidence),
        };
    }

    public static Relation Merge(Relation stored, Relation incoming)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(incoming);
        return stored with
        {
            Role = incoming.Role ?? stored.Role,
            ValidFrom = incoming.ValidFrom ?? stored.ValidFrom,
            ValidTo = incoming.ValidTo ?? stored.ValidTo,
            Evidence = Union(stored.Evidence, incoming.Evidence),
        };
    }

    /// <summary>Value equality including list contents (records compare lists by reference).</summary>
    public static bool SameAs(Entity a, Entity b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a with { Aliases = [], References = [] } == b with { Aliases = [], References = [] }
            && a.Aliases.SequenceEqual(b.Aliases)
            && a.References.SequenceEqual(b.References);
    }

    /// <inheritdoc cref="SameAs(Entity, Entity)"/>
    public static bool SameAs(Event a, Event b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a with { Participants = [], Concerns = [], Evidence = [] } == b with { Participants = [], Concerns = [], Evidence = [] }
            && a.Participants.SequenceEqual(b.Participants)
            && a.Concerns.SequenceEqual(b.Concerns, StringComparer.Ordinal)
            && a.Evidence.SequenceEqual(b.Evidence);
    }

    /// <inheritdoc cref="SameAs(Entity, Entity)"/>
    public static bool SameAs(Relation a, Relation b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a with { Evidence = [] } == b with { Evidence = [] } && a.Evidence.SequenceEqual(b.Evidence);
    }

    /// <summary>
    /// The batch with each id once: repeats of an entity, event or relation merged into its first occurrence
    /// (in batch order) by the rules above; a repeated article keeps its first occurrence.
    /// </summary>
    public static GraphBatch Collapse(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch with
        {
            Articles = Collapse(batch.Articles, a => a.Id, (first, _) => first),
            Entities = Collapse(batch.Entities, e => e.Id, Merge),
            Events = Collapse(batch.Events, e => e.Id, Merge),
            Relations = Collapse(batch.Relations, r => r.Id, Merge),
        };
    }

    private static IReadOnlyList<T> Collapse<T>(IReadOnlyList<T> items, Func<T, string> id, Func<T, T, T> merge)
    {
        var index = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        var result = new List<T>(items.Count);
        foreach (var item in items)
        {
            // Relation ids are hashes: take each once.
            var key = id(item);
            if (index.TryGetValue(key, out var at))
            {
                result[at] = merge(result[at], item);
            }
            else
            {
                index.Add(key, result.Count);
                result.Add(item);
            }
        }

        return result.Count == items.Count ? items : result;
    }

    private static IReadOnlyList<T> Union<T>(IReadOnlyList<T> stored, IReadOnlyList<T> incoming)
    {
        if (incoming.Count == 0)
        {
            return stored;
        }

        var seen = new HashSet<T>(stored);
        List<T>? result = null;
        foreach (var item in incoming)
        {
            if (seen.Add(item))
            {
                (result ??= [.. stored]).Add(item);
            }
        }

        return result ?? stored;
    }

    private static IReadOnlyList<Evidence> Union(IReadOnlyList<Evidence> stored, IReadOnlyList<Evidence> incoming)
    {
        if (incoming.Count == 0)
        {
            return stored;
        }

        var seen = stored.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        List<Evidence>? result = null;
        foreach (var item in incoming)
        {
            if (seen.Add(item.Key))
            {
                (result ??= [.. stored]).Add(item);
            }
        }

        return result ?? stored;
    }
}
