using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Time;

public sealed class FuzzyDateErrorTests
{
    [Theory]
    // Nothing to read.
    [InlineData("", "it is empty")]
    [InlineData("   ", "it is empty")]
    [InlineData("1956 -10-19", "white space")]
    [InlineData("1945 / 1991", "white space")]
    [InlineData("Spring, 2002", "white space")]
    // Calendar.
    [InlineData("1956-13", "month 13")]
    [InlineData("1956-00", "month 00")]
    [InlineData("1956-20", "month 20")]
    [InlineData("1956-42", "month 42")]
    [InlineData("1956-02-30", "day 30 does not exist in 1956-02")]
    [InlineData("1900-02-29", "day 29 does not exist in 1900-02")]
    [InlineData("2023-02-29", "day 29 does not exist in 2023-02")]
    [InlineData("-0001-02-29", "day 29 does not exist in -0001-02")]
    [InlineData("1956-04-31", "day 31")]
    [InlineData("1956-10-00", "day 00")]
    [InlineData("1956-10-32", "day 32")]
    [InlineData("2019-21-05", "has no day")]
    [InlineData("2019-37-XX", "has no day")]
    // Years.
    [InlineData("XXXX", "no known digit")]
    [InlineData("1X5X", "only the last digits")]
    [InlineData("-195X", "negative year")]
    [InlineData("-0000", "year zero")]
    [InlineData("Y12345", "beyond ±9999")]
    [InlineData("Y-170000002", "beyond ±9999")]
    [InlineData("Y99999999999999999999999999", "beyond ±9999")]
    [InlineData("Y1234", "only for years of more than four digits")]
    [InlineData("Y01234", "only for years of more than four digits")]
    [InlineData("12345", "beyond ±9999")]
    [InlineData("956", "four digits")]
    [InlineData("195", "four digits")]
    [InlineData("Y17E7", "exponential")]
    [InlineData("Y-17E7", "exponential")]
    [InlineData("1950S2", "significant digits")]
    // Unspecified digits that are not a run from the right (EDTF level 2), and lower case.
    [InlineData("1985-XX-15", "unspecified month")]
    [InlineData("1XXX-12", "cannot have a known month")]
    [InlineData("156X-12-25", "cannot have a known month")]
    [InlineData("1984-1X", "partly unspecified month")]
    [InlineData("1984-12-1X", "partly unspecified day")]
    [InlineData("195x", "upper-case X")]
    [InlineData("1985-04-xx", "upper-case X")]
    [InlineData("198u", "upper-case X")]
    // Qualification of parts of a date (EDTF level 2).
    [InlineData("2004?-06-11", "whole date")]
    [InlineData("2004-06~-11", "whole date")]
    [InlineData("?2004-06-~11", "whole date")]
    [InlineData("2004-%06-11", "whole date")]
    // Wrong shapes.
    [InlineData("19-10-1956", "year first")]
    [InlineData("19/10/1956", "year first")]
    [InlineData("10.19.1956", "year first")]
    [InlineData("19561019", "hyphens")]
    [InlineData("1956-1-5", "two digits")]
    [InlineData("+1956", "expected YYYY")]
    [InlineData("yesterday", "expected YYYY")]
    [InlineData("١٩٥٦", "expected YYYY")]
    [InlineData("١٩٥٦-١٠", "expected YYYY")]
    [InlineData("Y١٢٣٤٥", "expected YYYY")]
    [InlineData("1956-10-19-01", "expected YYYY")]
    [InlineData("1956??", "one qualifier")]
    [InlineData("1956?~", "one qualifier")]
    // Times.
    [InlineData("1985-04-12T24:00:00", "hour 24")]
    [InlineData("1985-04-12T23:60:00", "minute 60")]
    [InlineData("1985-04-12T23:59:60", "second 60")]
    [InlineData("1985-04-12T10:00:00+15:00", "time shift hour 15")]
    [InlineData("1985-04-12T10:00:00+05:60", "time shift minute 60")]
    [InlineData("1985-04-12T10:00:00+0500", "hh:mm:ss")]
    [InlineData("1985-04-12T10:00", "hh:mm:ss")]
    [InlineData("1985-04-XXT10:00:00", "complete date")]
    [InlineData("1985-04-12T10:00:00?", "cannot be qualified")]
    // Intervals.
    [InlineData("1960/1956", "ends before it starts")]
    [InlineData("1956-10-19/1956-10-18", "ends before it starts")]
    [InlineData("../..", "at least one end")]
    [InlineData("/", "at least one end")]
    [InlineData("/..", "at least one end")]
    [InlineData("..", "only allowed as one end")]
    [InlineData("1945/1950/1960", "exactly one '/'")]
    [InlineData("1985-04-12T10:00:00/1990", "without a time of day")]
    [InlineData("open/1990", "'..'")]
    [InlineData("1990/unknown", "left empty")]
    [InlineData("2004-06-~01/2004-06-~20", "whole date")]
    // Sets (EDTF level 2).
    [InlineData("[1667,1668,1670..1672]", "sets")]
    [InlineData("{1960,1961-12}", "sets")]
    [InlineData("[..1984]", "sets")]
    public void RejectsWithTheReason(string edtf, string reason)
    {
        var ex = Assert.Throws<EdtfFormatException>(() => FuzzyDate.Parse(edtf));

        Assert.StartsWith($"'{edtf}' is not a valid EDTF date: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Equal(edtf, ex.Input);
    }

    [Theory]
    [InlineData("1956-13")]
    [InlineData("Y99999999999999999999999999")]
    [InlineData("../..")]
    [InlineData("garbage")]
    public void TryParseReportsTheSameReasonWithoutThrowing(string edtf)
    {
        var expected = Assert.Throws<EdtfFormatException>(() => FuzzyDate.Parse(edtf)).Message;

        Assert.False(FuzzyDate.TryParse(edtf, out var date, out var error));
        Assert.Null(date);
        Assert.Equal(expected, error);
        Assert.False(FuzzyDate.TryParse(edtf, out _));
    }

    [Fact]
    public void TryParseSaysWhenNoDateIsGiven()
    {
        Assert.False(FuzzyDate.TryParse(null, out var date, out var error));

        Assert.Null(date);
        Assert.Equal("no date given", error);
    }

    [Fact]
    public void ParseRejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => FuzzyDate.Parse(null!));
    }

    [Fact]
    public void TheExceptionIsAFormatException()
    {
        // Hosts map FormatException to a bad-input answer; EDTF errors must be caught by that too.
        Assert.ThrowsAny<FormatException>(() => FuzzyDate.Parse("1956-13"));
    }
}
