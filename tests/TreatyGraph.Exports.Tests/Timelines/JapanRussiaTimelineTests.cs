using System.Text.Json;
using System.Text.RegularExpressions;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;
using TreatyGraph.Exports.Filters;
using TreatyGraph.Exports.Tests.Fixtures;

namespace TreatyGraph.Exports.Tests.Timelines;

/// <summary>The educator's timeline: Japan and Russia (and whoever stood for them), exported from the seed graph.</summary>
public sealed class JapanRussiaTimelineTests(SeedStore seed)
{
    private static readonly ExportFilterInput JapanRussia = new() { Participants = ["country:japan,country:russia"], Match = "ALL" };

    [Fact]
    public async Task JapanRussiaTimelineValidatesAgainstTheTimelineJsFormat()
    {
        using var timeline = await Exported.TimelineAsync(seed.Store, JapanRussia);

        Assert.Empty(TimelineJsFormat.Violations(timeline.RootElement));
        Assert.NotEmpty(timeline.RootElement.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task JapanRussiaTimelineHasThe1956SigningAndThe2018SingaporeMeetingWithTheirDisplayDates()
    {
        using var timeline = await Exported.TimelineAsync(seed.Store, JapanRussia);
        var slides = Slides(timeline);

        var signing = slides["event-1956-joint-declaration-signed"];
        Assert.Equal("19 October 1956", signing.GetProperty("display_date").GetString());
        Assert.Equal(1956, signing.GetProperty("start_date").GetProperty("year").GetInt32());
        var singapore = slides["event-2018-abe-putin-meet-in-singapore"];
        Assert.Equal("14 November 2018", singapore.GetProperty("display_date").GetString());
        Assert.Equal("Meeting", singapore.GetProperty("group").GetString());
        Assert.True(IndexOf(slides, "event-1956-joint-declaration-signed") < IndexOf(slides, "event-2018-abe-putin-meet-in-singapore"));
    }

    [Fact]
    public async Task EverySlideCarriesOnlyThePartsItsFuzzyDateKnows()
    {
        using var timeline = await Exported.TimelineAsync(seed.Store, JapanRussia);
        var events = seed.Batch.Events.ToDictionary(e => e.Id);
        var precisions = new HashSet<DatePrecision>();

        foreach (var (id, slide) in Slides(timeline))
        {
            var date = events["event:" + id["event-".Length..]].Date!;
            precisions.Add(date.Precision);
            var start = slide.GetProperty("start_date");
            Assert.Equal(date.Display, slide.GetProperty("display_date").GetString());
            Assert.Equal(NamesADay(StartText(date)), start.TryGetProperty("day", out _));
            if (!date.IsInterval && date.Precision is DatePrecision.Year)
            {
                Assert.Equal(["year"], start.EnumerateObject().Select(p => p.Name));
                Assert.False(slide.TryGetProperty("end_date", out _), $"{id}: a year has no end date");
            }

            if (!date.IsInterval && date.Precision is DatePrecision.Month)
            {
                Assert.Equal(["year", "month"], start.EnumerateObject().Select(p => p.Name));
            }
        }

        Assert.Contains(DatePrecision.Day, precisions);
        Assert.Contains(DatePrecision.Month, precisions);
    }

    [Fact]
    public async Task TimelineHasAnEraWhileThe1956DeclarationIsInForce()
    {
        using var timeline = await Exported.TimelineAsync(seed.Store, JapanRussia);

        var era = timeline.RootElement.GetProperty("eras").EnumerateArray()
            .Single(e => e.GetProperty("text").GetProperty("headline").GetString()!.StartsWith("Soviet–Japanese Joint Declaration", StringComparison.Ordinal));
        var start = era.GetProperty("start_date");
        Assert.Equal((1956, 12, 12), (start.GetProperty("year").GetInt32(), start.GetProperty("month").GetInt32(), start.GetProperty("day").GetInt32()));
        var lastSlideYear = Slides(timeline).Values.Max(s => (s.TryGetProperty("end_date", out var end) ? end : s.GetProperty("start_date")).GetProperty("year").GetInt32());
        Assert.Equal(lastSlideYear, era.GetProperty("end_date").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task SlideTextQuotesTheEvidenceAndLinksItsSource()
    {
        using var timeline = await Exported.TimelineAsync(seed.Store, JapanRussia);

        var text = Slides(timeline)["event-1956-joint-declaration-signed"].GetProperty("text").GetProperty("text").GetString()!;
        Assert.Contains("Signed in Moscow on 19 October 1956", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://en.wikipedia.org/wiki/Soviet%E2%80%93Japanese_Joint_Declaration_of_1956\"", text, StringComparison.Ordinal);
        Assert.Contains("In 1956, the Soviet Union and Japan signed a joint declaration on ceasing the state of war.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlannedEventsAreMarkedAsPlanned()
    {
        using var timeline = await Exported.TimelineAsync(seed.Store, JapanRussia with { Status = "planned", Match = "ANY" });
        var planned = seed.Batch.Events.Where(e => e.Status == EventStatus.Planned).Select(e => e.Id).ToHashSet();

        var slides = Slides(timeline);
        Assert.NotEmpty(slides);
        Assert.All(slides, s =>
        {
            Assert.Contains("event:" + s.Key["event-".Length..], planned);
            Assert.StartsWith("Planned: ", s.Value.GetProperty("text").GetProperty("headline").GetString(), StringComparison.Ordinal);
            Assert.EndsWith(" (planned)", s.Value.GetProperty("group").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task FiltersNarrowTheSlides()
    {
        using var all = await Exported.TimelineAsync(seed.Store, JapanRussia);
        using var narrowed = await Exported.TimelineAsync(seed.Store, JapanRussia with { From = "1950", To = "1960", Kinds = ["Signing"] });

        var slides = Slides(narrowed);
        Assert.InRange(slides.Count, 1, Slides(all).Count - 1);
        Assert.All(slides.Values, s =>
        {
            Assert.Equal("Signing", s.GetProperty("group").GetString());
            Assert.InRange(s.GetProperty("start_date").GetProperty("year").GetInt32(), 1950, 1960);
        });
    }

    private static Dictionary<string, JsonElement> Slides(JsonDocument timeline) =>
        timeline.RootElement.GetProperty("events").EnumerateArray().ToDictionary(s => s.GetProperty("unique_id").GetString()!);

    // The EDTF the start date comes from: the date itself, or the first known end of an interval.
    private static string StartText(FuzzyDate date)
    {
        var ends = date.Edtf.Split('/');
        return ends.Length == 1 ? ends[0] : ends[0] is "" or ".." ? ends[1] : ends[0];
    }

    private static bool NamesADay(string edtf) => Regex.IsMatch(edtf, @"^-?\d{4}-(0[1-9]|1[0-2])-\d{2}");

    private static int IndexOf(Dictionary<string, JsonElement> slides, string id) => slides.Keys.ToList().IndexOf(id);
}
