using System.Text.Json;
using TreatyGraph.Core.Text;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Cli.Tests.Generate;

/// <summary>The generated graph is coherent and shaped like diplomatic news, checked on the files themselves.</summary>
public sealed class GeneratedGraphShapeTests(GeneratedFolder folder) : IClassFixture<GeneratedFolder>
{
    [Fact]
    public void EveryEvidenceQuoteIsOneWholeSentenceOfItsArticle()
    {
        var texts = folder.Articles.ToDictionary(a => a.GetProperty("key").GetString()!, a => a.GetProperty("text").GetString()!);
        var sentences = texts.ToDictionary(
            p => p.Key,
            p => SentenceSegmenter.Split(p.Value).Select(s => p.Value[s.Start..s.End]).ToHashSet(StringComparer.Ordinal));

        var evidence = folder.Events.Concat(folder.Relations).SelectMany(f => f.GetProperty("evidence").EnumerateArray()).ToList();

        Assert.NotEmpty(evidence);
        foreach (var e in evidence)
        {
            var key = e.GetProperty("article").GetString()!;
            var quote = e.GetProperty("quote").GetString()!;
            Assert.Contains(quote, texts[key], StringComparison.Ordinal);
            Assert.Contains(quote, sentences[key]);
        }
    }

    [Fact]
    public void EveryReferencedEntityExistsAndIdsAreUnique()
    {
        var ids = folder.Entities.Select(e => e.GetProperty("id").GetString()!).ToList();
        var known = ids.ToHashSet(StringComparer.Ordinal);
        Assert.Equal(ids.Count, known.Count);
        Assert.All(ids, id => Assert.True(Core.Domain.EntityIds.IsWellFormed(id), id));

        var eventIds = folder.Events.Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Equal(eventIds.Count, eventIds.Distinct(StringComparer.Ordinal).Count());
        foreach (var e in folder.Events)
        {
            Assert.All(e.GetProperty("participants").EnumerateArray(), p => Assert.Contains(p.GetProperty("id").GetString()!, known));
            Assert.All(e.GetProperty("concerns").EnumerateArray(), c => Assert.Contains(c.GetString()!, known));
            if (e.GetProperty("place").GetString() is { } place)
            {
                Assert.Contains(place, known);
            }
        }

        var relationKeys = folder.Relations.Select(r => string.Join('|', r.GetProperty("type"), r.GetProperty("from"), r.GetProperty("to"), r.GetProperty("role"), r.GetProperty("validFrom"))).ToList();
        Assert.Equal(relationKeys.Count, relationKeys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(folder.Relations, r => Assert.Contains(r.GetProperty("from").GetString()!, known));
        Assert.All(folder.Relations, r => Assert.Contains(r.GetProperty("to").GetString()!, known));
    }

    [Fact]
    public void DatesComeInEveryPrecisionWithIntervalsOpenEndsQualifiersAndBothStatuses()
    {
        var dates = folder.Events.Select(e => FuzzyDate.Parse(e.GetProperty("date").GetString()!)).ToList();

        Assert.Equal(Enum.GetValues<DatePrecision>().Except([DatePrecision.Millennium]).Order(), dates.Select(d => d.Precision).Distinct().Order());
        Assert.Contains(dates, d => d.IsInterval && d.Earliest is not null && d.Latest is not null);
        Assert.Contains(dates, d => d.IsInterval && d.Latest is null);
        Assert.Contains(dates, d => d.IsInterval && d.Earliest is null);
        Assert.Contains(dates, d => d.Qualifier.HasFlag(EdtfQualifier.Approximate));
        Assert.Contains(dates, d => d.Qualifier.HasFlag(EdtfQualifier.Uncertain));
        Assert.Equal(["occurred", "planned"], folder.Events.Select(e => e.GetProperty("status").GetString()).Distinct().Order());
    }

    [Fact]
    public void PlannedEventsLieAfterTheArticleThatAnnouncesThem()
    {
        var published = folder.Articles.ToDictionary(a => a.GetProperty("key").GetString()!, a => a.GetProperty("published").GetString()!);
        var planned = folder.Events.Where(e => e.GetProperty("status").GetString() == "planned").ToList();

        Assert.NotEmpty(planned);
        foreach (var e in planned)
        {
            var date = FuzzyDate.Parse(e.GetProperty("date").GetString()!);
            var article = e.GetProperty("evidence")[0].GetProperty("article").GetString()!;
            Assert.True(string.CompareOrdinal(date.Latest, published[article]) > 0, $"{e.GetProperty("id")} {date} vs {published[article]}");
        }
    }

    [Fact]
    public void AFewEntitiesAreInMostEvents()
    {
        var involved = folder.Events.Select(Involved).ToList();
        var degree = involved.SelectMany(ids => ids).CountBy(id => id).ToDictionary(p => p.Key, p => p.Value);
        var top = degree.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(folder.Entities.Count / 20).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        var covered = involved.Count(ids => ids.Overlaps(top));

        Assert.True(covered > involved.Count / 2, $"top 5% of entities are in {covered} of {involved.Count} events");
    }

    [Fact]
    public void TermsOfOfficeFollowEachOtherAndOnlyTheLastIsOpen()
    {
        var offices = folder.Relations
            .Where(r => r.GetProperty("type").GetString() == "HOLDS_OFFICE")
            .GroupBy(r => (To: r.GetProperty("to").GetString(), Role: r.GetProperty("role").GetString()))
            .ToList();

        Assert.NotEmpty(offices);
        foreach (var office in offices)
        {
            var terms = office
                .Select(r => (From: FuzzyDate.Parse(r.GetProperty("validFrom").GetString()!), To: Date(r.GetProperty("validTo"))))
                .OrderBy(t => t.From.EarliestKey)
                .ToList();
            for (var i = 0; i < terms.Count - 1; i++)
            {
                var end = terms[i].To;
                Assert.NotNull(end);
                Assert.True(end.Overlaps(terms[i + 1].From), $"{office.Key}: term ending {end} is not followed by one starting then ({terms[i + 1].From})");
            }
        }
    }

    private static FuzzyDate? Date(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : FuzzyDate.Parse(value.GetString()!);

    private static HashSet<string> Involved(JsonElement e)
    {
        var ids = e.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("id").GetString()!)
            .Concat(e.GetProperty("concerns").EnumerateArray().Select(c => c.GetString()!))
            .ToHashSet(StringComparer.Ordinal);
        if (e.GetProperty("place").GetString() is { } place)
        {
            ids.Add(place);
        }

        return ids;
    }
}
