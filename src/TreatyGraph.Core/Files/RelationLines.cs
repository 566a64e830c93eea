using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Files.Lines;

namespace TreatyGraph.Core.Files;

/// <summary>Maps <c>relations.jsonl</c> lines to <see cref="Relation"/> and back.</summary>
internal static class RelationLines
{
    public static Relation ToRelation(RelationLine line, EntityReferences entities, ArticleCatalog articles)
    {
        var relation = new Relation(
            LineFields.Parse(WireNames.ParseRelationType, line.Type, "type"),
            entities.Check(line.From, "from"),
            entities.Check(line.To, "to"))
        {
            Role = string.IsNullOrWhiteSpace(line.Role) ? null : line.Role,
            ValidFrom = LineFields.Date(line.ValidFrom, line.ValidFromPhrase, "validFrom"),
            ValidTo = LineFields.Date(line.ValidTo, line.ValidToPhrase, "validTo"),
            Evidence = (line.Evidence ?? []).Select((e, i) => articles.Resolve(e, $"evidence[{i}]")).ToList(),
        };

        if (relation.FromId == relation.ToId)
        {
            throw new LineException($"relation from '{relation.FromId}' to itself");
        }

        if (relation is { ValidFrom: { } from, ValidTo: { } to } && from.EarliestKey > to.LatestKey)
        {
            throw new LineException($"validTo '{to.Edtf}' is before validFrom '{from.Edtf}'");
        }

        return relation;
    }

    public static RelationLine ToLine(Relation r, ArticleCatalog articles) => new()
    {
        Type = WireNames.Of(r.Type),
        From = r.FromId,
        To = r.ToId,
        Role = r.Role,
        ValidFrom = r.ValidFrom?.Edtf,
        ValidFromPhrase = r.ValidFrom?.Phrase,
        ValidTo = r.ValidTo?.Edtf,
        ValidToPhrase = r.ValidTo?.Phrase,
        Evidence = r.Evidence.Count == 0 ? null : r.Evidence.Select(articles.ToLine).ToList(),
    };
}
