using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Timelines;

/// <summary>Placeholder until Core's ParticipantStands lands: each participant stands only for itself.</summary>
internal static class ParticipantExpansion
{
    public static Task<IReadOnlyList<ParticipantGroup>> ExpandAsync(IGraphStore store, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        _ = store;
        _ = cancellationToken;
        return Task.FromResult<IReadOnlyList<ParticipantGroup>>(ids.Select(ParticipantGroup.Exactly).ToList());
    }
}
