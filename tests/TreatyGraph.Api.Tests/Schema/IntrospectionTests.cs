using System.Net;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Schema;

/// <summary>GraphiQL and client generators read the schema with the full introspection query; the limits let it through.</summary>
public sealed class IntrospectionTests(TreatyGraphApi api) : IClassFixture<TreatyGraphApi>
{
    // What GraphiQL 4 sends on opening (graphql-js's introspection query with its default options), written out here.
    private const string FullIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task TheFullIntrospectionQueryIsAnswered()
    {
        var response = await _client.PostQueryAsync(FullIntrospection);

        Assert.Empty(response.Errors);
        var types = response.Ok().GetProperty("__schema").GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString());
        Assert.Contains("Territory", types);
    }

    [Fact]
    public async Task DeeplyNestedIntrospectionIsStillTooCostly()
    {
        var nested = "name";
        for (var i = 0; i < 5; i++)
        {
            nested = $"fields {{ type {{ {nested} }} }}";
        }

        var response = await _client.PostQueryAsync($"{{ __schema {{ types {{ {nested} }} }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("COMPLEXITY", response.ErrorCodes);
    }
}
