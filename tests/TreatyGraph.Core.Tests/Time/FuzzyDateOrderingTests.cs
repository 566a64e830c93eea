using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Time;

/// <summary>Properties over many generated dates (fixed seed, so a failure names a date that reproduces).</summary>
public sealed class FuzzyDateOrderingTests
{
    private const int Seed = 19561019;

    private static readonly IReadOnlyList<GeneratedDate> Dates = GeneratedDate.Many(Seed, 3000);

    [Fact]
    public void BoundsAreTheFirstAndLastDayOfTheCalendar()
    {
        foreach (var generated in Dates)
        {
            var date = FuzzyDate.Parse(generated.Edtf);

            Assert.True(generated.First.Iso == date.Earliest, $"{generated.Edtf}: earliest {date.Earliest}, expected {generated.First.Iso}");
            Assert.True(generated.Last.Iso == date.Latest, $"{generated.Edtf}: latest {date.Latest}, expected {generated.Last.Iso}");
        }
    }

    [Fact]
    public void KeysSortChronologically()
    {
        var parsed = Dates.Select(g => (Generated: g, Date: FuzzyDate.Parse(g.Edtf))).ToList();

        var byKeys = parsed.OrderBy(p => p.Date.EarliestKey).ThenBy(p => p.Date.LatestKey)
            .Select(p => (p.Generated.First.Number, p.Generated.Last.Number));
        var byCalendar = parsed.Select(p => (p.Generated.First.Number, p.Generated.Last.Number)).Order();

        Assert.Equal(byCalendar, byKeys);
    }

    [Fact]
    public void KeysCompareAsTheirDaysDo()
    {
        for (var i = 1; i < Dates.Count; i++)
        {
            var (a, b) = (Dates[i - 1], Dates[i]);
            var (x, y) = (FuzzyDate.Parse(a.Edtf), FuzzyDate.Parse(b.Edtf));

            Assert.True(
                Math.Sign(x.EarliestKey.CompareTo(y.EarliestKey)) == Math.Sign(a.First.Number.CompareTo(b.First.Number)),
                $"{a.Edtf} vs {b.Edtf}: earliest keys {x.EarliestKey} and {y.EarliestKey}");
            Assert.True(
                Math.Sign(x.LatestKey.CompareTo(y.LatestKey)) == Math.Sign(a.Last.Number.CompareTo(b.Last.Number)),
                $"{a.Edtf} vs {b.Edtf}: latest keys {x.LatestKey} and {y.LatestKey}");
        }
    }

    [Fact]
    public void KeysRoundTripThroughIsoDays()
    {
        foreach (var generated in Dates)
        {
            var date = FuzzyDate.Parse(generated.Edtf);
            var first = FuzzyDate.Parse(FuzzyDate.KeyToIso(date.EarliestKey));
            var last = FuzzyDate.Parse(FuzzyDate.KeyToIso(date.LatestKey));

            Assert.Equal(date.Earliest, first.Edtf);
            Assert.Equal((date.EarliestKey, date.EarliestKey), (first.EarliestKey, first.LatestKey));
            Assert.Equal((date.LatestKey, date.LatestKey), (last.EarliestKey, last.LatestKey));
        }
    }

    [Fact]
    public void ParsingTheTextAgainGivesAnEqualDate()
    {
        foreach (var generated in Dates)
        {
            var date = FuzzyDate.Parse(generated.Edtf);
            var again = FuzzyDate.Parse(date.Edtf);

            Assert.Equal(date, again);
            Assert.Equal(date.Display, again.Display);
            Assert.False(string.IsNullOrWhiteSpace(date.Display), generated.Edtf);
        }
    }

    [Fact]
    public void EveryDateIsWithinItselfAndWithinItsYearSpan()
    {
        foreach (var generated in Dates)
        {
            var date = FuzzyDate.Parse(generated.Edtf);
            var years = FuzzyDate.Between(
                FuzzyDate.FromYear(generated.First.Year),
                FuzzyDate.FromYear(generated.Last.Year));

            Assert.True(date.IsWithin(date), generated.Edtf);
            Assert.True(date.Overlaps(date), generated.Edtf);
            Assert.True(date.IsWithin(years), $"{generated.Edtf} within {years.Edtf}");
        }
    }
}
