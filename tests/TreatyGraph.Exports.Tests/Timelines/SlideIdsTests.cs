using TreatyGraph.Exports.Timelines;

namespace TreatyGraph.Exports.Tests.Timelines;

public sealed class SlideIdsTests
{
    [Fact]
    public void UsualEventIdsBecomeReadableHtmlIds()
    {
        Assert.Equal("event-1956-joint-declaration-signed", SlideIds.For("event:1956-joint-declaration-signed"));
    }

    [Theory]
    [InlineData("event:a b", "id_event_3aa_20b")]
    [InlineData("Event:x", "id__45vent_3ax")]
    [InlineData("event:択", "id_event_3a_e6_8a_9e")]
    public void OtherIdsAreEscapedSoThatTheyStaySafe(string id, string expected)
    {
        var safe = SlideIds.For(id);

        Assert.Matches("^[a-z0-9_-]+$", safe);
        Assert.Equal(expected, safe);
    }

    [Fact]
    public void DifferentIdsNeverShareASlideId()
    {
        string[] ids = ["event:a-b", "event-a-b", "event:a_b", "event:a:b", "event:A-b"];

        Assert.Equal(ids.Length, ids.Select(SlideIds.For).Distinct(StringComparer.Ordinal).Count());
    }
}
