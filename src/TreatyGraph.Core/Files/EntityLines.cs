using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Files.Lines;

namespace TreatyGraph.Core.Files;

/// <summary>Maps <c>entities.jsonl</c> lines to <see cref="Entity"/> and back.</summary>
internal static class EntityLines
{
    public static Entity ToEntity(EntityLine line)
    {
        var id = LineFields.Required(line.Id, "id");
        var kind = LineFields.Parse(WireNames.ParseEntityKind, line.Kind, "kind");
        if (!EntityIds.IsWellFormed(id))
        {
            throw new LineException($"malformed entity id '{id}'; expected kind:slug with an ASCII slug, such as 'country:japan'");
        }

        if (EntityIds.KindOf(id) != kind)
        {
            throw new LineException($"id '{id}' does not match kind '{WireNames.Of(kind)}'; expected the prefix '{WireNames.Prefix(kind)}:'");
        }

        if (line.Treaty is not null && kind != EntityKind.Treaty)
        {
            throw new LineException($"'treaty' is only allowed on Treaty entities, not on {WireNames.Of(kind)}");
        }

        return new Entity(id, kind, LineFields.Required(line.Name, "name"))
        {
            Aliases = (line.Aliases ?? []).Select((a, i) => new Alias(LineFields.Required(a.Name, $"aliases[{i}].name"), a.Lang)).ToList(),
            WikidataId = CheckWikidataId(line.WikidataId),
            Description = line.Description,
            References = (line.References ?? []).Select((r, i) => ReferenceLines.ToReference(r, $"references[{i}]")).ToList(),
            Treaty = line.Treaty is { } t ? ToTreaty(t) : null,
        };
    }

    public static EntityLine ToLine(Entity entity) => new()
    {
        Id = entity.Id,
        Kind = WireNames.Of(entity.Kind),
        Name = entity.Name,
        Aliases = entity.Aliases.Count == 0 ? null : entity.Aliases.Select(a => new AliasLine { Name = a.Name, Lang = a.Language }).ToList(),
        WikidataId = entity.WikidataId,
        Description = entity.Description,
        References = entity.References.Count == 0 ? null : entity.References.Select(ReferenceLines.ToLine).ToList(),
        Treaty = entity.Treaty is { } t
            ? new TreatyLine
            {
                Status = t.Status.ToString(),
                Signed = t.Signed?.Edtf,
                SignedPhrase = t.Signed?.Phrase,
                InForce = t.InForce?.Edtf,
                InForcePhrase = t.InForce?.Phrase,
            }
            : null,
    };

    private static TreatyDetails ToTreaty(TreatyLine line)
    {
        var statusText = LineFields.Required(line.Status, "treaty.status");
        if (!Enum.TryParse<TreatyStatus>(statusText, ignoreCase: true, out var status) || !Enum.IsDefined(status) || int.TryParse(statusText, out _))
        {
            throw new LineException(
                $"treaty.status: unknown treaty status '{statusText}'; expected one of {string.Join(", ", Enum.GetNames<TreatyStatus>())}");
        }

        return new TreatyDetails(status)
        {
            Signed = LineFields.Date(line.Signed, line.SignedPhrase, "treaty.signed"),
            InForce = LineFields.Date(line.InForce, line.InForcePhrase, "treaty.inForce"),
        };
    }

    private static string? CheckWikidataId(string? id) =>
        id is null || (id.Length > 1 && id[0] == 'Q' && id.AsSpan(1).ContainsAnyExceptInRange('0', '9') is false)
            ? id
            : throw new LineException($"wikidataId: '{id}' is not a Wikidata item id such as 'Q17'");
}
