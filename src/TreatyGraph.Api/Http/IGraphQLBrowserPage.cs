namespace TreatyGraph.Api.Http;

/// <summary>
/// What a browser gets when it opens <c>/graphql</c> (GET preferring <c>text/html</c>). Register one to serve an
/// explorer such as GraphiQL; without one, such requests are answered as GraphQL requests (or 406).
/// </summary>
internal interface IGraphQLBrowserPage
{
    Task WriteAsync(HttpContext context, CancellationToken cancellationToken);
}
