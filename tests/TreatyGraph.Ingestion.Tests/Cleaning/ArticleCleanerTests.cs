using TreatyGraph.Ingestion.Cleaning;

namespace TreatyGraph.Ingestion.Tests.Cleaning;

public sealed class ArticleCleanerTests
{
    private const long Limit = 1 << 20;

    [Fact]
    public void HtmlKeepsTheArticleAndDropsPageChrome()
    {
        const string html = """
            <!doctype html><html><head><title>Site</title><meta property="article:published_time" content="2021-03-04T10:00:00Z">
            <style>p { color: red }</style><script>track()</script></head>
            <body><nav><a href="/">Home</a></nav>
            <div class="breadcrumbs">Home » World » Europe</div>
            <article><h1>Leaders meet in Helsinki</h1><p>The two presidents met in Helsinki on Monday.</p>
            <div class="share-buttons">Share on Facebook</div><p>They agreed to talk again.</p></article>
            <div id="comments"><h3>Leave a Reply</h3><form>Required fields are marked *</form></div>
            </body></html>
            """;

        var clean = ArticleCleaner.Clean(new ArticleInput(html), Limit);

        Assert.Equal("Leaders meet in Helsinki\n\nThe two presidents met in Helsinki on Monday.\n\nThey agreed to talk again.", clean.Text);
        Assert.Equal("Leaders meet in Helsinki", clean.Title);
        Assert.Equal(new DateOnly(2021, 3, 4), clean.Published);
        Assert.Equal(PublishedSource.Metadata, clean.PublishedFrom);
    }

    [Fact]
    public void PlainTextLosesBreadcrumbAndCommentForm()
    {
        const string text = "Home » Press » World News » Talks resume\n\nTalks resume\n\nThe ministers met again.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *";

        var clean = ArticleCleaner.Clean(new ArticleInput(text), Limit);

        Assert.Equal("Talks resume\n\nThe ministers met again.", clean.Text);
    }

    [Fact]
    public void JsonArticleGivesTextAndMetadata()
    {
        const string json = """{"title":"Accord signed","published":"2019-07-01","url":"https://example.org/a","publisher":"Example Wire","text":"The accord was signed in Oslo."}""";

        var clean = ArticleCleaner.Clean(new ArticleInput(json), Limit);

        Assert.Equal("The accord was signed in Oslo.", clean.Text);
        Assert.Equal("Accord signed", clean.Title);
        Assert.Equal(new DateOnly(2019, 7, 1), clean.Published);
        Assert.Equal("https://example.org/a", clean.Url);
        Assert.Equal("Example Wire", clean.Publisher);
    }

    [Fact]
    public void GivenPublicationDateWinsOverTheDocuments()
    {
        const string json = """{"published":"2019-07-01","text":"The accord was signed."}""";

        var clean = ArticleCleaner.Clean(new ArticleInput(json) { Published = new DateOnly(2020, 1, 2) }, Limit);

        Assert.Equal(new DateOnly(2020, 1, 2), clean.Published);
        Assert.Equal(PublishedSource.Given, clean.PublishedFrom);
    }

    [Fact]
    public void DatelineWithYearDatesTheArticle()
    {
        var clean = ArticleCleaner.Clean(new ArticleInput("OSLO, March 3, 1999 -- The ministers met."), Limit);

        Assert.Equal(new DateOnly(1999, 3, 3), clean.Published);
        Assert.Equal(PublishedSource.Dateline, clean.PublishedFrom);
        Assert.Equal("Oslo", clean.Dateline!.CityName);
    }

    [Fact]
    public void DatelineWithoutYearLeavesTheDateUnknown()
    {
        var clean = ArticleCleaner.Clean(new ArticleInput("OSLO, March 3 -- The ministers met."), Limit);

        Assert.Null(clean.Published);
        Assert.Equal(PublishedSource.None, clean.PublishedFrom);
    }

    [Theory]
    [InlineData("", ArticleRejection.Empty)]
    [InlineData("   \n\t ", ArticleRejection.Empty)]
    [InlineData("abc\0def", ArticleRejection.Binary)]
    [InlineData("<html><body><script>var a = 1;</script></body></html>", ArticleRejection.NoText)]
    [InlineData("{\"title\": \"no text\"}", ArticleRejection.NoText)]
    [InlineData("{\"text\": \"x\", ", ArticleRejection.InvalidJson)]
    [InlineData("{\"text\": \"The talks.\", \"published\": \"2019-02-30\"}", ArticleRejection.InvalidDate)]
    public void UnusableInputIsRefusedWithItsReason(string content, ArticleRejection reason)
    {
        var ex = Assert.Throws<ArticleRejectedException>(() => ArticleCleaner.Clean(new ArticleInput(content), Limit));

        Assert.Equal(reason, ex.Reason);
        Assert.StartsWith("ARTICLE_", ex.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void OversizedInputIsRefused()
    {
        var content = new string('a', 2048);

        var ex = Assert.Throws<ArticleRejectedException>(() => ArticleCleaner.Clean(new ArticleInput(content), 1024));

        Assert.Equal(ArticleRejection.TooLarge, ex.Reason);
    }
}
