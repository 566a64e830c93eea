using System.Security.Cryptography;
using System.Text;
using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Events;

namespace TreatyGraph.Ingestion.Pipeline;

/// <summary>Ids and titles of extracted events: the id hashes kind, date and participants, so the same report gives the same id.</summary>
internal static class EventNaming
{
    public static string Id(EventDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var participants = string.Join(',', draft.ParticipantEntities.Select(p => p.Id).Order(StringComparer.Ordinal));
        var key = string.Join('|', WireNames.Of(draft.Kind), WireNames.Of(draft.Status), draft.Date?.Edtf ?? string.Empty, participants,
            draft.Place?.Id ?? string.Empty, string.Join(',', draft.Concerns.Select(c => c.Id).Order(StringComparer.Ordinal)));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
        return $"event:{draft.Kind.ToString().ToLowerInvariant()}-{hash}";
    }

    public static string Title(EventDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var who = Join(draft.ParticipantEntities.Select(p => p.Name).ToList());
        var what = draft.Concerns.Count > 0 ? draft.Concerns[0].Name : null;
        var where = draft.Place?.Name;
        var title = draft.Kind switch
        {
            EventKind.Meeting => $"Meeting of {who}",
            EventKind.Summit => $"{who} summit".Trim(),
            EventKind.Visit => $"Visit of {who}" + (where is null ? string.Empty : $" to {where}"),
            EventKind.Signing => $"Signing of {what ?? "an agreement"} by {who}",
            EventKind.Ratification => $"Ratification of {what ?? "an agreement"} by {who}",
            EventKind.Statement => $"Statement by {who}",
            EventKind.Agreement => $"Agreement between {who}",
            EventKind.Revocation => $"Revocation by {who}" + (what is null ? string.Empty : $" of {what}"),
            EventKind.Protest => $"Protest by {who}",
            EventKind.Negotiation => $"Negotiations between {who}" + (what is null ? string.Empty : $" on {what}"),
            EventKind.WarEnd => $"End of the state of war between {who}",
            _ => $"Annexation of {what ?? "territory"} by {who}",
        };
        return draft.Status == EventStatus.Planned ? $"Planned: {title}" : title;
    }

    private static string Join(List<string> names) => names.Count switch
    {
        0 => "unknown parties",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
