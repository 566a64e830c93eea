using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Tests.Domain;

public sealed class ArticleIdsTests
{
    private const string Text = "Abe and Putin met in Singapore.\nThey agreed to speed up talks.";

    [Theory]
    [InlineData("Abe and Putin met in Singapore.\r\nThey agreed to speed up talks.")]
    [InlineData("Abe and Putin met in Singapore.\rThey agreed to speed up talks.")]
    [InlineData("  Abe and Putin met in Singapore.\nThey agreed to speed up talks.\n\n")]
    [InlineData("\r\n\tAbe and Putin met in Singapore.\r\nThey agreed to speed up talks.\r\n")]
    [InlineData("\uFEFFAbe and Putin met in Singapore.\nThey agreed to speed up talks.")]
    public void LineEndingsAndSurroundingWhiteSpaceKeepTheId(string variant)
    {
        Assert.Equal(ArticleIds.FromText(Text), ArticleIds.FromText(variant));
    }

    [Theory]
    [InlineData("Abe and Putin met in Singapore.\nThey agreed to speed up talks!")]
    [InlineData("Abe and Putin met in Singapore. They agreed to speed up talks.")]
    [InlineData("abe and putin met in singapore.\nthey agreed to speed up talks.")]
    [InlineData("Abe and Putin met in Singapore.\n\nThey agreed to speed up talks.")]
    public void DifferentTextGetsADifferentId(string other)
    {
        Assert.NotEqual(ArticleIds.FromText(Text), ArticleIds.FromText(other));
    }

    [Fact]
    public void IdsAreShortStableHashes()
    {
        var id = ArticleIds.FromText(Text);

        Assert.Matches("^article:[0-9a-f]{16}$", id);
        Assert.Equal(id, ArticleIds.FromText(string.Concat(Text)));
    }

    [Fact]
    public void RejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => ArticleIds.FromText(null!));
    }
}
