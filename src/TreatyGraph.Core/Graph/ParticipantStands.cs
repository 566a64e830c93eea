using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Graph;

/// <summary>
/// Builds the timeline's participant groups: what stands for each requested participant, and when.
/// <list type="bullet">
/// <item>The participant itself, always (window open at both ends; via <c>self</c>).</item>
/// <item>Every person with <c>HOLDS_OFFICE</c> to it, within the term (via <c>HOLDS_OFFICE</c>).</item>
/// <item>Every state it is <c>SUCCESSOR_OF</c>, up to the succession (via <c>SUCCESSOR_OF</c>), and
/// transitively that state's predecessors and office holders, inside both windows (via
/// <c>SUCCESSOR_OF/HOLDS_OFFICE</c>), up to <see cref="MaxSuccessions"/> successions deep.</item>
/// </list>
/// Windows read fuzzy bounds in the widest way, so an event is never dropped for a bound the sources
/// leave vague: a term runs from its start's earliest day (<see cref="FuzzyDate.EarliestKey"/>; an open
/// or missing start is <see cref="FuzzyDate.OpenStartKey"/>) to its end's latest day
/// (<see cref="FuzzyDate.LatestKey"/>; an open or missing end is <see cref="FuzzyDate.OpenEndKey"/>). A
/// predecessor stands until the latest day of the succession's start (its <c>ValidFrom</c>), that day
/// included; an undated succession leaves the window open. "Prime minister 2012-12/2020-09" stands from
/// 1 December 2012 to 30 September 2020.
/// </summary>
public static class ParticipantStands
{
    /// <summary>How many successions back a participant reaches (Russia → Soviet Union → Russian Empire is two).</summary>
    public const int MaxSuccessions = 4;

    public const string Self = "self";
    public const string Office = "HOLDS_OFFICE";
    public const string Succession = "SUCCESSOR_OF";

    private static readonly RelationQuery StandingRelations = new() { Types = [RelationType.HoldsOffice, RelationType.SuccessorOf] };

    public static async Task<IReadOnlyList<ParticipantGroup>> ExpandAsync(
        IGraphStore store, IReadOnlyCollection<string> participantIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(participantIds);
        var ids = participantIds.Distinct(StringComparer.Ordinal).ToList();
        var stands = ids.ToDictionary(id => id, id => new List<Stand> { Stand.Itself(id) }, StringComparer.Ordinal);

        // Each state still to look at: whose stand it is, and the window it stands in.
        var frontier = ids.Select(id => (Participant: id, State: Stand.Itself(id))).ToList();
        for (var depth = 0; depth <= MaxSuccessions && frontier.Count > 0; depth++)
        {
            var relations = await store.GetRelationsAsync(
                [.. frontier.Select(f => f.State.EntityId).Distinct(StringComparer.Ordinal)], StandingRelations, cancellationToken);
            var next = new List<(string Participant, Stand State)>();
            foreach (var (participant, state) in frontier)
            {
                var via = depth == 0 ? string.Empty : Succession + "/";
                foreach (var r in relations[state.EntityId])
                {
                    if (r.Type == RelationType.HoldsOffice && r.ToId == state.EntityId && EntityIds.KindOf(r.FromId) == EntityKind.Person)
                    {
                        Add(stands[participant], Within(state, r.FromId, Start(r), End(r), via + Office));
                    }
                    else if (r.Type == RelationType.SuccessorOf && r.FromId == state.EntityId && depth < MaxSuccessions
                        && !stands[participant].Any(s => s.EntityId == r.ToId && s.Via != Office))
                    {
                        var predecessor = Within(state, r.ToId, FuzzyDate.OpenStartKey, r.ValidFrom?.LatestKey ?? FuzzyDate.OpenEndKey, Succession);
                        if (Add(stands[participant], predecessor))
                        {
                            next.Add((participant, predecessor!));
                        }
                    }
                }
            }

            frontier = next;
        }

        return [.. ids.Select(id => new ParticipantGroup(id, [stands[id][0], .. stands[id].Skip(1)
            .OrderBy(s => s.FromKey).ThenBy(s => s.EntityId, StringComparer.Ordinal).ThenBy(s => s.ToKey)]))];
    }

    private static int Start(Relation r) => r.ValidFrom?.EarliestKey ?? FuzzyDate.OpenStartKey;

    private static int End(Relation r) => r.ValidTo?.LatestKey ?? FuzzyDate.OpenEndKey;

    // The stand of an entity inside the window of the state it stands for; null when the two never overlap.
    private static Stand? Within(Stand state, string entityId, int from, int to, string via)
    {
        var start = Math.Max(state.FromKey, from);
        var end = Math.Min(state.ToKey, to);
        return start <= end ? new Stand(entityId, start, end, via) : null;
    }

    private static bool Add(List<Stand> stands, Stand? stand)
    {
        if (stand is null || stands.Contains(stand))
        {
            return false;
        }

        stands.Add(stand);
        return true;
    }
}
