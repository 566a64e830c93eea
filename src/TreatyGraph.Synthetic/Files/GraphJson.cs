using System.Globalization;
using System.Text.Json;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Synthetic.Files;

/// <summary>
/// Writes entities, events, relations and articles in the team's seed-file format (BRIEF "Shared names"):
/// wire names from <see cref="WireNames"/>, dates as EDTF, evidence as an article key and a verbatim quote.
/// </summary>
internal static class GraphJson
{
    public static void Entity(Utf8JsonWriter w, Entity e)
    {
        w.WriteString("id", e.Id);
        w.WriteString("kind", WireNames.Of(e.Kind));
        w.WriteString("name", e.Name);
        if (e.Aliases.Count > 0)
        {
            w.WriteStartArray("aliases");
            foreach (var a in e.Aliases)
            {
                w.WriteStartObject();
                w.WriteString("name", a.Name);
                w.WriteString("lang", a.Language);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (e.WikidataId is not null)
        {
            w.WriteString("wikidataId", e.WikidataId);
        }

        if (e.Description is not null)
        {
            w.WriteString("description", e.Description);
        }

        if (e.Treaty is { } t)
        {
            w.WriteStartObject("treaty");
            w.WriteString("status", t.Status.ToString());
            w.WriteString("signed", t.Signed?.Edtf);
            w.WriteString("inForce", t.InForce?.Edtf);
            w.WriteEndObject();
        }
    }

    public static void Event(Utf8JsonWriter w, Event e, IReadOnlyDictionary<string, string> articleKeys)
    {
        w.WriteString("id", e.Id);
        w.WriteString("kind", WireNames.Of(e.Kind));
        w.WriteString("status", WireNames.Of(e.Status));
        w.WriteString("title", e.Title);
        w.WriteString("date", e.Date?.Edtf);
        w.WriteStartArray("participants");
        foreach (var p in e.Participants)
        {
            w.WriteStartObject();
            w.WriteString("id", p.EntityId);
            w.WriteString("role", WireNames.Of(p.Role));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("place", e.PlaceId);
        w.WriteStartArray("concerns");
        foreach (var c in e.Concerns)
        {
            w.WriteStringValue(c);
        }

        w.WriteEndArray();
        Evidence(w, e.Evidence, articleKeys);
    }

    public static void Relation(Utf8JsonWriter w, Relation r, IReadOnlyDictionary<string, string> articleKeys)
    {
        w.WriteString("type", WireNames.Of(r.Type));
        w.WriteString("from", r.FromId);
        w.WriteString("to", r.ToId);
        w.WriteString("role", r.Role);
        w.WriteString("validFrom", r.ValidFrom?.Edtf);
        w.WriteString("validTo", r.ValidTo?.Edtf);
        Evidence(w, r.Evidence, articleKeys);
    }

    public static void Article(Utf8JsonWriter w, SyntheticArticle a)
    {
        w.WriteString("key", a.Key);
        w.WriteString("title", a.Article.Title);
        w.WriteString("published", a.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("url", a.Article.Url);
        w.WriteString("publisher", a.Article.Publisher);
        w.WriteString("language", a.Article.Language);
        w.WriteString("text", a.Article.Text);
    }

    private static void Evidence(Utf8JsonWriter w, IReadOnlyList<Evidence> evidence, IReadOnlyDictionary<string, string> articleKeys)
    {
        w.WriteStartArray("evidence");
        foreach (var ev in evidence)
        {
            w.WriteStartObject();
            w.WriteString("article", ev.ArticleId is null ? null : articleKeys[ev.ArticleId]);
            w.WriteString("quote", ev.Quote);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
