using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Cli.Tests.Generate;

/// <summary>The generated graph reads back through GraphFiles, is coherent, and is shaped like diplomatic news.</summary>
public sealed class GeneratedGraphShapeTests(GeneratedFolder folder) : IClassFixture<GeneratedFolder>
{
    [Fact]
    public void ReadsBackWithTheRequestedNumberOfFacts()
    {
        Assert.Equal(GeneratedFolder.Scale, folder.Graph.Events.Count + folder.Graph.Relations.Count);
        Assert.NotEmpty(folder.Graph.Entities);
        Assert.NotEmpty(folder.Graph.Articles);
    }

    [Fact]
    public void EveryEvidenceQuoteIsTheWholeSentenceItsIndexNames()
    {
        var articles = folder.Graph.Articles.ToDictionary(a => a.Id);
        var evidence = folder.Graph.Events.SelectMany(e => e.Evidence).Concat(folder.Graph.Relations.SelectMany(r => r.Evidence)).ToList();

        Assert.NotEmpty(evidence);
        foreach (var e in evidence)
        {
            var article = articles[e.ArticleId!];
            var sentence = article.Sentences[e.SentenceIndex!.Value];
            Assert.Equal(e.Quote, article.Text[sentence.Start..sentence.End]);
        }
    }

    [Fact]
    public void EveryReferencedEntityExistsAndIdsAreUnique()
    {
        var known = folder.Graph.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(folder.Graph.Entities.Count, known.Count);
        Assert.All(known, id => Assert.True(EntityIds.IsWellFormed(id), id));
        Assert.Equal(folder.Graph.Events.Count, folder.Graph.Events.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(folder.Graph.Relations.Count, folder.Graph.Relations.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(folder.Graph.Events.SelectMany(e => e.InvolvedEntityIds()), id => Assert.Contains(id, known));
        Assert.All(folder.Graph.Relations, r => Assert.True(known.Contains(r.FromId) && known.Contains(r.ToId), r.Id));
    }

    [Fact]
    public void DatesComeInEveryPrecisionWithIntervalsOpenEndsQualifiersAndBothStatuses()
    {
        var dates = folder.Graph.Events.Select(e => e.Date!).ToList();

        Assert.Equal(Enum.GetValues<DatePrecision>().Except([DatePrecision.Millennium]).Order(), dates.Select(d => d.Precision).Distinct().Order());
        Assert.Contains(dates, d => d.IsInterval && d.Earliest is not null && d.Latest is not null);
        Assert.Contains(dates, d => d.IsInterval && d.Latest is null);
        Assert.Contains(dates, d => d.IsInterval && d.Earliest is null);
        Assert.Contains(dates, d => d.Qualifier.HasFlag(EdtfQualifier.Approximate));
        Assert.Contains(dates, d => d.Qualifier.HasFlag(EdtfQualifier.Uncertain));
        Assert.Equal([EventStatus.Occurred, EventStatus.Planned], folder.Graph.Events.Select(e => e.Status).Distinct().Order());
    }

    [Fact]
    public void PlannedEventsLieAfterTheArticleThatAnnouncesThem()
    {
        var published = folder.Graph.Articles.ToDictionary(a => a.Id, a => a.Published!.Value);
        var planned = folder.Graph.Events.Where(e => e.Status == EventStatus.Planned).ToList();

        Assert.NotEmpty(planned);
        foreach (var e in planned)
        {
            var day = published[e.Evidence[0].ArticleId!];
            Assert.True(string.CompareOrdinal(e.Date!.Latest, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) > 0, $"{e.Id} {e.Date} vs {day}");
        }
    }

    [Fact]
    public void AFewEntitiesAreInMostEvents()
    {
        var involved = folder.Graph.Events.Select(e => e.InvolvedEntityIds().ToHashSet(StringComparer.Ordinal)).ToList();
        var top = involved.SelectMany(ids => ids).CountBy(id => id)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(folder.Graph.Entities.Count / 20).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        var covered = involved.Count(ids => ids.Overlaps(top));

        Assert.True(covered > involved.Count / 2, $"top 5% of entities are in {covered} of {involved.Count} events");
    }

    [Fact]
    public void TermsOfOfficeFollowEachOtherAndOnlyTheLastIsOpen()
    {
        var offices = folder.Graph.Relations.Where(r => r.Type == RelationType.HoldsOffice).GroupBy(r => (r.ToId, r.Role)).ToList();

        Assert.NotEmpty(offices);
        foreach (var office in offices)
        {
            var terms = office.OrderBy(t => t.ValidFrom!.EarliestKey).ToList();
            for (var i = 0; i < terms.Count - 1; i++)
            {
                var end = terms[i].ValidTo;
                Assert.NotNull(end);
                Assert.True(end.Overlaps(terms[i + 1].ValidFrom!), $"{office.Key}: term ending {end} is not followed by one starting then ({terms[i + 1].ValidFrom})");
            }
        }
    }
}
