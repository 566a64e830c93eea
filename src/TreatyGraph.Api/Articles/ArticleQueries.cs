using GraphQL;
using GraphQL.Types;
using TreatyGraph.Api.Entities;
using TreatyGraph.Api.Loading;
using TreatyGraph.Api.Schema;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Articles;

/// <summary><c>article(id)</c> and <c>articles(first, after)</c>: the sources behind the graph.</summary>
internal static class ArticleQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<ArticleType>("article")
            .Description("One article by id ('article:' and 16 hex digits). Unknown ids answer null with a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c =>
            {
                var id = ArticleId(c.GetArgument<string>("id"));
                return c.Loaders().Articles.Load(id)
                    .Then(a => a ?? throw GraphInputError.NotFound($"No article has id '{id}'."));
            });
        query.Field<NonNullGraphType<ArticleConnectionType>>("articles")
            .Description("Every article, newest published first.")
            .Argument<IntGraphType>("first", "At most 100.", a => a.DefaultValue = Paging.DefaultPageSize)
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async c =>
            {
                var page = new PageRequest(Paging.First(c.GetArgument<int?>("first")), c.GetArgument<string?>("after"));
                var articles = await c.RequestServices!.GetRequiredService<IGraphStore>().ListArticlesAsync(page, c.CancellationToken);
                return Connection<Article>.From(articles, page.After);
            });
    }

    private static string ArticleId(string id)
    {
        const string Prefix = "article:";
        var hash = id.StartsWith(Prefix, StringComparison.Ordinal) ? id[Prefix.Length..] : string.Empty;
        return hash.Length > 0 && hash.All(char.IsAsciiHexDigitLower)
            ? id
            : throw GraphInputError.BadInput($"'id' is not an article id: '{id}'. Article ids are 'article:' followed by lower-case hex digits.");
    }
}
