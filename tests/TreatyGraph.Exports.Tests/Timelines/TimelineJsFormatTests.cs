using System.Text.Json;
using TreatyGraph.Exports.Tests.Fixtures;

namespace TreatyGraph.Exports.Tests.Timelines;

/// <summary>The validator itself catches what it is there to catch, so that its silence on exports means something.</summary>
public sealed class TimelineJsFormatTests(SeedStore seed)
{
    [Theory]
    [InlineData("""{"events":[{"start_date":{"year":1956,"month":13}}]}""", "'month' 13")]
    [InlineData("""{"events":[{"start_date":{"year":1956,"month":2,"day":0}}]}""", "'day' 0")]
    [InlineData("""{"events":[{"start_date":{"year":"1956"}}]}""", "'year' must be an integer")]
    [InlineData("""{"events":[{"start_date":{"year":1956,"day":3}}]}""", "a day without a month")]
    [InlineData("""{"events":[{"text":{"headline":"x"}}]}""", "'start_date' is missing")]
    [InlineData("""{"events":[{"start_date":{"year":1956},"headline":"x"}]}""", "unknown field 'headline'")]
    [InlineData("""{"events":[],"eras":[{"start_date":{"year":1956}}]}""", "'end_date' is missing")]
    public void ValidatorReportsEachKindOfViolation(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Contains(TimelineJsFormat.Violations(document.RootElement), v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ValidatorAcceptsAWellFormedTimeline()
    {
        using var document = JsonDocument.Parse(
            """{"title":{"text":{"headline":"t","text":""}},"events":[{"start_date":{"year":1956,"month":10,"day":19},"end_date":{"year":1957},"unique_id":"a","group":"g","display_date":"d"}],"eras":[{"start_date":{"year":1956},"end_date":{"year":1960},"text":{"headline":"e"}}],"scale":"human"}""");

        Assert.Empty(TimelineJsFormat.Violations(document.RootElement));
    }

    [Fact]
    public async Task ExportOfTheSeedGraphPassesTheValidator()
    {
        using var timeline = await Exported.TimelineAsync(seed.Store, new());

        Assert.Empty(TimelineJsFormat.Violations(timeline.RootElement));
    }
}
