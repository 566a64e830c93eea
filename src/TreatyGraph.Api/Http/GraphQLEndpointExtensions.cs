namespace TreatyGraph.Api.Http;

internal static class GraphQLEndpointExtensions
{
    public const string Path = "/graphql";

    /// <summary>Serves GraphQL at <c>/graphql</c> for every method (others are answered 405 with <c>Allow</c>).</summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map(Path, context => context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context))
            .WithDisplayName("GraphQL");
}
