using TreatyGraph.Core.Time;

namespace TreatyGraph.Exports.Graphs;

/// <summary>
/// The attributes every graph export writes, in column order: the one table GraphML keys and CSV headers come from.
/// Dates are written as EDTF (<c>date</c>), as words (<c>date_display</c>) and as their first and last possible days
/// (ISO 8601, empty when open), so that tools can sort and filter without reading EDTF.
/// </summary>
internal static class GraphAttributes
{
    /// <summary>Between the items of a list-valued attribute (aliases, evidence quotes, sources).</summary>
    public const string ListSeparator = "\n";

    public static readonly IReadOnlyList<GraphAttribute<GraphNode>> Node =
    [
        new("n_label", "label", "Label", n => n.Label),
        new("n_type", "node_type", "node_type", n => n.NodeType),
        new("n_kind", "kind", "kind", n => n.Kind),
        new("n_aliases", "aliases", "aliases", n => Join(n.Aliases)),
        new("n_wikidata", "wikidata", "wikidata", n => n.WikidataId),
        new("n_description", "description", "description", n => n.Description),
        new("n_status", "status", "status", n => n.Status),
        .. Dated<GraphNode>("n_date", "date", n => n.Date),
        new("n_treaty_status", "treaty_status", "treaty_status", n => n.TreatyStatus),
        .. Dated<GraphNode>("n_treaty_signed", "treaty_signed", n => n.TreatySigned),
        .. Dated<GraphNode>("n_treaty_in_force", "treaty_in_force", n => n.TreatyInForce),
        new("n_evidence", "evidence", "evidence", n => Join(n.Evidence.Select(e => e.Quote))),
        new("n_sources", "sources", "sources", n => Join(n.Sources)),
    ];

    public static readonly IReadOnlyList<GraphAttribute<GraphEdge>> Edge =
    [
        new("e_label", "label", "Label", e => e.Role is null ? e.Relation : $"{e.Relation} ({e.Role})"),
        new("e_relation", "relation", "relation", e => e.Relation),
        new("e_role", "role", "role", e => e.Role),
        .. Dated<GraphEdge>("e_valid_from", "valid_from", e => e.ValidFrom),
        .. Dated<GraphEdge>("e_valid_to", "valid_to", e => e.ValidTo),
        new("e_evidence", "evidence", "evidence", e => Join(e.Evidence.Select(c => c.Quote))),
        new("e_sources", "sources", "sources", e => Join(e.Sources)),
    ];

    public static string? Join(IEnumerable<string> items)
    {
        var joined = string.Join(ListSeparator, items);
        return joined.Length == 0 ? null : joined;
    }

    private static IEnumerable<GraphAttribute<T>> Dated<T>(string keyId, string name, Func<T, FuzzyDate?> date) =>
    [
        new(keyId, name, name, x => date(x)?.Edtf),
        new(keyId + "_display", name + "_display", name + "_display", x => date(x)?.Display),
        new(keyId + "_earliest", name + "_earliest", name + "_earliest", x => date(x)?.Earliest),
        new(keyId + "_latest", name + "_latest", name + "_latest", x => date(x)?.Latest),
    ];
}
