using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Exports.Filters;

/// <summary>
/// Checks export filters the same way for the API and the CLI: every problem is reported at once, each naming
/// its parameter (an unknown id, malformed EDTF, an unknown kind, status or match, a filter the export does not take).
/// </summary>
public static class ExportFilters
{
    public static async Task<FilterOutcome<TimelineSelection>> TimelineAsync(
        IGraphStore store, ExportFilterInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FilterError>();
        Refuse(input, ExportParameters.Timeline, "timelines", errors);
        var participants = await ParticipantsAsync(store, input.Participants, errors, cancellationToken);
        var match = Match(input.Match, errors);
        var from = Edtf(input.From, ExportParameters.From, errors);
        var to = Edtf(input.To, ExportParameters.To, errors);
        if (from is not null && to is not null && from.EarliestKey > to.LatestKey)
        {
            errors.Add(new FilterError(ExportParameters.From, $"'{from.Edtf}' is after 'to' ({to.Edtf})."));
        }

        var kinds = Kinds(input.Kinds, errors);
        var status = Status(input.Status, errors);
        return errors.Count > 0
            ? new FilterOutcome<TimelineSelection>(null, errors)
            : new FilterOutcome<TimelineSelection>(
                new TimelineSelection
                {
                    Participants = participants,
                    Match = match,
                    From = from,
                    To = to,
                    Kinds = kinds,
                    Status = status,
                },
                []);
    }

    public static async Task<FilterOutcome<GraphSelection>> GraphAsync(
        IGraphStore store, ExportFilterInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FilterError>();
        Refuse(input, ExportParameters.Graph, "graph exports", errors);
        var participants = await ParticipantsAsync(store, input.Participants, errors, cancellationToken);
        var asOf = Edtf(input.AsOf, ExportParameters.AsOf, errors);
        return errors.Count > 0
            ? new FilterOutcome<GraphSelection>(null, errors)
            : new FilterOutcome<GraphSelection>(new GraphSelection { Participants = participants, AsOf = asOf }, []);
    }

    /// <summary>Values given several times, comma-separated or both, trimmed, without empties.</summary>
    internal static List<string> Values(IReadOnlyList<string>? raw) =>
        raw is null
            ? []
            : [.. raw.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    private static void Refuse(ExportFilterInput input, IReadOnlyList<string> accepted, string export, List<FilterError> errors)
    {
        foreach (var given in input.GivenParameters().Where(p => !accepted.Contains(p)))
        {
            errors.Add(new FilterError(given, $"not a filter of {export}, which take {string.Join(", ", accepted)}."));
        }
    }

    private static async Task<IReadOnlyList<Entity>> ParticipantsAsync(
        IGraphStore store, IReadOnlyList<string>? raw, List<FilterError> errors, CancellationToken cancellationToken)
    {
        var ids = Values(raw).Distinct(StringComparer.Ordinal).ToList();
        if (raw is not null && ids.Count == 0)
        {
            errors.Add(new FilterError(ExportParameters.Participants, "no entity id given; leave the filter out for all of the graph."));
            return [];
        }

        if (ids.Count > ExportParameters.MaxParticipants)
        {
            errors.Add(new FilterError(ExportParameters.Participants, $"{ids.Count} ids given; at most {ExportParameters.MaxParticipants} are allowed."));
            return [];
        }

        var malformed = ids.Where(id => !EntityIds.IsWellFormed(id)).ToList();
        foreach (var id in malformed)
        {
            errors.Add(new FilterError(
                ExportParameters.Participants,
                $"'{id}' is not an entity id; ids are kind:slug, such as 'country:japan' or 'person:shinzo-abe'."));
        }

        var wellFormed = ids.Except(malformed, StringComparer.Ordinal).ToList();
        if (wellFormed.Count == 0)
        {
            return [];
        }

        var found = await store.GetEntitiesAsync(wellFormed, cancellationToken);
        foreach (var id in wellFormed.Where(id => !found.ContainsKey(id)))
        {
            errors.Add(new FilterError(ExportParameters.Participants, $"no entity '{id}' in the graph."));
        }

        return [.. wellFormed.Where(found.ContainsKey).Select(id => found[id])];
    }

    private static ParticipantMatch Match(string? raw, List<FilterError> errors)
    {
        switch (raw?.Trim().ToUpperInvariant())
        {
            case null or "ANY":
                return ParticipantMatch.Any;
            case "ALL":
                return ParticipantMatch.All;
            default:
                errors.Add(new FilterError(ExportParameters.Match, $"'{raw}' is neither ANY nor ALL."));
                return ParticipantMatch.Any;
        }
    }

    private static FuzzyDate? Edtf(string? raw, string parameter, List<FilterError> errors)
    {
        if (raw is null)
        {
            return null;
        }

        if (FuzzyDate.TryParse(raw, out var date, out var error))
        {
            return date;
        }

        errors.Add(new FilterError(parameter, $"'{raw}' is not an EDTF date: {error}"));
        return null;
    }

    private static IReadOnlyList<EventKind> Kinds(IReadOnlyList<string>? raw, List<FilterError> errors)
    {
        var kinds = new List<EventKind>();
        foreach (var value in Values(raw))
        {
            if (TryParseKind(value, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                errors.Add(new FilterError(
                    ExportParameters.Kinds,
                    $"'{value}' is not an event kind; expected one of {string.Join(", ", Enum.GetValues<EventKind>().Select(WireNames.Of))}."));
            }
        }

        return [.. kinds.Distinct()];
    }

    // The wire name (WarEnd) or the GraphQL enum value (WAR_END), in any case.
    private static bool TryParseKind(string value, out EventKind kind)
    {
        var bare = value.Replace("_", string.Empty, StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<EventKind>())
        {
            if (string.Equals(WireNames.Of(candidate), bare, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static EventStatus? Status(string? raw, List<FilterError> errors)
    {
        if (raw is null)
        {
            return null;
        }

        try
        {
            return WireNames.ParseEventStatus(raw);
        }
        catch (FormatException)
        {
            errors.Add(new FilterError(ExportParameters.Status, $"'{raw}' is neither occurred nor planned."));
            return null;
        }
    }
}
