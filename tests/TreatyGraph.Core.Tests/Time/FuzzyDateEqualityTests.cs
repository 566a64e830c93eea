using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Time;

public sealed class FuzzyDateEqualityTests
{
    [Fact]
    public void DatesWithTheSameTextAreEqual()
    {
        var a = FuzzyDate.Parse("1956-10-19");
        var b = FuzzyDate.Parse(" 1956-10-19 ");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Single(new HashSet<FuzzyDate> { a, b });
    }

    [Fact]
    public void DatesCoveringTheSameDaysInOtherWordsAreNotEqual()
    {
        // "1956" and "1956-01/1956-12" cover the same days but say different things; both are kept as written.
        var year = FuzzyDate.Parse("1956");
        var months = FuzzyDate.Parse("1956-01/1956-12");

        Assert.Equal((year.EarliestKey, year.LatestKey), (months.EarliestKey, months.LatestKey));
        Assert.NotEqual(year, months);
    }

    [Fact]
    public void ThePhraseIsPartOfTheValue()
    {
        var plain = FuzzyDate.Parse("2018-11");
        var read = plain with { Phrase = "later in November" };

        Assert.NotEqual(plain, read);
        Assert.Equal(read, FuzzyDate.Parse("2018-11") with { Phrase = "later in November" });
        Assert.False(plain.Equals(null));
    }
}
