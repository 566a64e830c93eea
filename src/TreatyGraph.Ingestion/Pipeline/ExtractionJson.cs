using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Pipeline;

/// <summary>Writes an <see cref="Extraction"/> in the extraction format of the spec (shared/spec/extraction-format.md).</summary>
internal static class ExtractionJson
{
    public static string Write(Extraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var text = extraction.Source.Text;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("article");
            json.WriteString("id", extraction.Article.Id);
            json.WriteString("title", extraction.Article.Title);
            WriteNullable(json, "published", extraction.Article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("language", extraction.Article.Language);
            json.WriteEndObject();

            json.WriteStartArray("entities");
            foreach (var entity in extraction.Entities)
            {
                json.WriteStartObject();
                json.WriteString("id", entity.Id);
                json.WriteString("kind", WireNames.Of(entity.Kind));
                json.WriteString("name", entity.Name);
                json.WriteStartArray("aliases");
                foreach (var alias in entity.Surfaces.Where(s => !string.Equals(s, entity.Name, StringComparison.Ordinal)))
                {
                    json.WriteStringValue(alias);
                }

                json.WriteEndArray();
                json.WriteStartArray("mentions");
                foreach (var m in entity.Mentions.OrderBy(m => m.Start))
                {
                    json.WriteStartObject();
                    json.WriteNumber("sentence", m.SentenceIndex);
                    json.WriteNumber("start", m.Start);
                    json.WriteNumber("end", m.End);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("events");
            foreach (var e in extraction.Events)
            {
                json.WriteStartObject();
                json.WriteString("id", EventNaming.Id(e));
                json.WriteString("kind", WireNames.Of(e.Kind));
                json.WriteString("status", WireNames.Of(e.Status));
                json.WriteString("title", EventNaming.Title(e));
                WriteNullable(json, "date", e.Date?.Edtf);
                json.WriteStartArray("participants");
                foreach (var p in e.ParticipantEntities)
                {
                    json.WriteStringValue(p.Id);
                }

                json.WriteEndArray();
                WriteNullable(json, "place", e.Place?.Id);
                json.WriteStartArray("concerns");
                foreach (var c in e.Concerns)
                {
                    json.WriteStringValue(c.Id);
                }

                json.WriteEndArray();
                var (sentence, start, end) = e.Evidence[0];
                WriteEvidence(json, sentence, text[start..end], start, end);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("relations");
            foreach (var r in extraction.Relations)
            {
                json.WriteStartObject();
                json.WriteString("type", WireNames.Of(r.Type));
                json.WriteString("from", r.From.Id);
                json.WriteString("to", r.To.Id);
                WriteNullable(json, "role", r.Role);
                WriteNullable(json, "date", r.ValidFrom is null && r.ValidTo is null ? null
                    : r.ValidTo is null ? r.ValidFrom!.Edtf : $"{r.ValidFrom?.Edtf ?? ".."}/{r.ValidTo.Edtf}");
                var s = extraction.Text.Sentences[r.Sentence];
                WriteEvidence(json, r.Sentence, s.Text, s.Start, s.End);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteEvidence(Utf8JsonWriter json, int sentence, string quote, int start, int end)
    {
        json.WriteStartObject("evidence");
        json.WriteNumber("sentence", sentence);
        json.WriteString("text", quote);
        json.WriteNumber("start", start);
        json.WriteNumber("end", end);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
