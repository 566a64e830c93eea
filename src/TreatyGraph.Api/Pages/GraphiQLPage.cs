using TreatyGraph.Api.Http;

namespace TreatyGraph.Api.Pages;

/// <summary>GraphiQL for a browser that opens <c>/graphql</c> (GET preferring <c>text/html</c>); GraphQL clients still get GraphQL.</summary>
internal sealed class GraphiQLPage(PageFiles pages) : IGraphQLBrowserPage
{
    public Task WriteAsync(HttpContext context, CancellationToken cancellationToken) => pages.SendAsync(context, "graphiql.html");
}
