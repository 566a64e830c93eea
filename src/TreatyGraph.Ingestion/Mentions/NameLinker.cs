using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Text;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// Links name mentions to entities: gazetteer entries to their ids (graph or built-in), new names to new
/// entities, and a lone surname to the person of the article whose full name ends with it. Seats, treaties
/// and anaphors wait for coreference, which knows the time and the discourse.
/// </summary>
internal static class NameLinker
{
    public static void Link(IReadOnlyList<SentenceScan> scans, DocumentEntities entities, string text)
    {
        var mentions = scans.SelectMany(s => s.Mentions).ToList();
        var territories = Lexicon.Default.Rules.Territories.ToDictionary(t => t.Name, t => t.Parts, StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => m.Form is MentionForm.Name or MentionForm.Demonym or MentionForm.Description && m.Kind != EntityKind.Treaty))
        {
            if (mention.Kind == EntityKind.Person && mention.First == mention.Last && mention.Candidates.Count == 0)
            {
                continue; // surnames after full names are known
            }

            if (mention.Form == MentionForm.Demonym && mention.Candidates.Select(c => c.CanonicalName).Distinct(StringComparer.Ordinal).Skip(1).Any())
            {
                continue; // "Russian" of 1875 or of 2010: the sentence's time decides (SentenceResolver)
            }

            var entity = mention.Candidates.Count > 0
                ? entities.Get(mention.Candidates[0].Kind, mention.Candidates[0].CanonicalName, mention.Candidates[0].EntityId)
                : entities.Get(mention.Kind, Clean(mention.NewName ?? mention.Surface(text)), null);
            if (entity.Kind == EntityKind.Territory && territories.TryGetValue(entity.Name, out var parts))
            {
                entity.Parts = parts;
            }

            DocumentEntities.Attach(mention, entity, text);
        }

        foreach (var mention in mentions.Where(m => m.Kind == EntityKind.Person && m.Form == MentionForm.Name && m.Entity is null))
        {
            var surname = NameFolding.Fold(mention.NewName ?? mention.Surface(text));
            var person = entities.All.Find(e => e.Kind == EntityKind.Person && e.Name.Contains(' ', StringComparison.Ordinal)
                && NameFolding.Fold(e.Name).EndsWith(" " + surname, StringComparison.Ordinal))
                ?? entities.Get(EntityKind.Person, mention.NewName ?? mention.Surface(text), null);
            DocumentEntities.Attach(mention, person, text);
        }
    }

    private static string Clean(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
}
