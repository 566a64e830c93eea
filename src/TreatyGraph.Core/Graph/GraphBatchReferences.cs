namespace TreatyGraph.Core.Graph;

/// <summary>
/// What a batch refers to outside itself: the entity ids its events and relations name and the article ids
/// its evidence cites, less those the batch itself carries. A store checks these exist before it writes.
/// </summary>
public static class GraphBatchReferences
{
    /// <summary>Entity ids named by events (participants, place, concerns) and relations (ends) but not defined in the batch, sorted.</summary>
    public static IReadOnlyList<string> ExternalEntityIds(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var defined = batch.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var referenced = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var ev in batch.Events)
        {
            referenced.UnionWith(ev.InvolvedEntityIds());
        }

        foreach (var relation in batch.Relations)
        {
            referenced.Add(relation.FromId);
            referenced.Add(relation.ToId);
        }

        referenced.ExceptWith(defined);
        return [.. referenced];
    }

    /// <summary>Article ids cited by the batch's evidence but not carried by the batch, sorted.</summary>
    public static IReadOnlyList<string> ExternalArticleIds(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var defined = batch.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var referenced = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var evidence in batch.Events.SelectMany(e => e.Evidence).Concat(batch.Relations.SelectMany(r => r.Evidence)))
        {
            if (evidence.ArticleId is { } id && !defined.Contains(id))
            {
                referenced.Add(id);
            }
        }

        return [.. referenced];
    }
}
