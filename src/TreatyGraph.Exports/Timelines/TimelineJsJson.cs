using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace TreatyGraph.Exports.Timelines;

/// <summary>The TimelineJS 3 field names and how their values are written.</summary>
internal static class TimelineJsJson
{
    /// <summary>Unicode text as itself (Japanese and Russian names stay readable); HTML-sensitive characters still escaped.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        SkipValidation = false,
    };

    public static void WriteDate(Utf8JsonWriter json, string name, TimelineJsDate date)
    {
        json.WriteStartObject(name);
        json.WriteNumber("year", date.Year);
        if (date.Month is { } month)
        {
            json.WriteNumber("month", month);
        }

        if (date.Day is { } day)
        {
            json.WriteNumber("day", day);
        }

        json.WriteEndObject();
    }

    public static void WriteSpan(Utf8JsonWriter json, TimelineJsSpan span)
    {
        WriteDate(json, "start_date", span.Start);
        if (span.End is { } end)
        {
            WriteDate(json, "end_date", end);
        }
    }

    public static void WriteText(Utf8JsonWriter json, string headlineHtml, string textHtml)
    {
        json.WriteStartObject("text");
        json.WriteString("headline", headlineHtml);
        json.WriteString("text", textHtml);
        json.WriteEndObject();
    }
}
