using TreatyGraph.Exports.Sources;
using TreatyGraph.Exports.Timelines;

namespace TreatyGraph.Exports.Tests.Timelines;

public sealed class SlideTextTests
{
    [Fact]
    public void QuotesAndSourceTitlesAreHtmlEscaped()
    {
        var html = SlideText.Evidence([new CitedEvidence("<script>alert('x')</script> & \"more\"", "A <b>bold</b> source", null)]);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("ftp://example.org/file")]
    [InlineData("not a url")]
    public void OnlyWebAddressesBecomeLinks(string url)
    {
        Assert.Null(SourceCatalog.SafeUrl(url));
    }

    [Fact]
    public void AWebAddressBecomesALinkAroundTheSourceTitle()
    {
        var html = SlideText.Evidence([new CitedEvidence("q", "Source", SourceCatalog.SafeUrl("https://example.org/a?b=1&c=2"))]);

        Assert.Contains("<a href=\"https://example.org/a?b=1&amp;c=2\"", html, StringComparison.Ordinal);
        Assert.Contains(">Source</a>", html, StringComparison.Ordinal);
    }
}
