using System.Text.Json;

namespace TreatyGraph.Exports.Tests.Timelines;

/// <summary>
/// The TimelineJS 3 JSON format as its documentation describes it: the field names allowed on the timeline, on a
/// slide, on an era and on a date, and the ranges of date parts. <see cref="Violations"/> lists every departure.
/// </summary>
internal static class TimelineJsFormat
{
    private static readonly HashSet<string> TimelineFields = ["title", "events", "eras", "scale"];
    private static readonly HashSet<string> SlideFields =
        ["start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"];
    private static readonly HashSet<string> EraFields = ["start_date", "end_date", "text"];
    private static readonly HashSet<string> TextFields = ["headline", "text"];
    private static readonly HashSet<string> DateFields =
        ["year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"];

    public static List<string> Violations(JsonElement timeline)
    {
        var found = new List<string>();
        Fields(timeline, TimelineFields, "timeline", found);
        if (timeline.TryGetProperty("title", out var title))
        {
            Slide(title, "title", requireStart: false, found);
        }

        if (!timeline.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            found.Add("timeline: 'events' must be an array");
            return found;
        }

        foreach (var (slide, i) in events.EnumerateArray().Select((s, i) => (s, i)))
        {
            Slide(slide, $"events[{i}]", requireStart: true, found);
        }

        if (timeline.TryGetProperty("eras", out var eras))
        {
            foreach (var (era, i) in eras.EnumerateArray().Select((s, i) => (s, i)))
            {
                var where = $"eras[{i}]";
                Fields(era, EraFields, where, found);
                Date(era, "start_date", where, required: true, found);
                Date(era, "end_date", where, required: true, found);
                if (era.TryGetProperty("text", out var text))
                {
                    Fields(text, TextFields, where + ".text", found);
                }
            }
        }

        if (timeline.TryGetProperty("scale", out var scale) && scale.GetString() is not ("human" or "cosmological"))
        {
            found.Add($"timeline: scale '{scale}' is neither human nor cosmological");
        }

        return found;
    }

    private static void Slide(JsonElement slide, string where, bool requireStart, List<string> found)
    {
        Fields(slide, SlideFields, where, found);
        Date(slide, "start_date", where, requireStart, found);
        Date(slide, "end_date", where, required: false, found);
        if (slide.TryGetProperty("text", out var text))
        {
            Fields(text, TextFields, where + ".text", found);
        }

        foreach (var name in new[] { "group", "display_date", "unique_id" })
        {
            if (slide.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.String)
            {
                found.Add($"{where}.{name} must be a string");
            }
        }
    }

    private static void Date(JsonElement owner, string name, string where, bool required, List<string> found)
    {
        if (!owner.TryGetProperty(name, out var date))
        {
            if (required)
            {
                found.Add($"{where}: '{name}' is missing");
            }

            return;
        }

        where = $"{where}.{name}";
        Fields(date, DateFields, where, found);
        if (!date.TryGetProperty("year", out var year) || year.ValueKind != JsonValueKind.Number || !year.TryGetInt32(out _))
        {
            found.Add($"{where}: 'year' must be an integer");
        }

        var hasMonth = Part(date, "month", 1, 12, where, found);
        var hasDay = Part(date, "day", 1, 31, where, found);
        if (hasDay && !hasMonth)
        {
            found.Add($"{where}: a day without a month");
        }
    }

    private static bool Part(JsonElement date, string name, int min, int max, string where, List<string> found)
    {
        if (!date.TryGetProperty(name, out var part))
        {
            return false;
        }

        if (part.ValueKind != JsonValueKind.Number || !part.TryGetInt32(out var value) || value < min || value > max)
        {
            found.Add($"{where}: '{name}' {part} is not an integer from {min} to {max}");
        }

        return true;
    }

    private static void Fields(JsonElement element, HashSet<string> allowed, string where, List<string> found)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            found.Add($"{where} must be an object");
            return;
        }

        found.AddRange(element.EnumerateObject().Where(p => !allowed.Contains(p.Name)).Select(p => $"{where}: unknown field '{p.Name}'"));
    }
}
