using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQL.Validation.Rules.Custom;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Schema;

/// <summary>A repeated document is not validated against the spec again; what depends on the request still is.</summary>
public sealed class CachedValidationTests(ValidationRecordingApi api) : IClassFixture<ValidationRecordingApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task ARepeatedDocumentSkipsTheSpecRulesButStillCountsComplexity()
    {
        const string Query = "query CachedValidationProbe($id: ID!) { entity(id: $id) { name } }";
        await _client.PostQueryAsync(Query, new { id = "country:japan" });
        api.RulesPerValidation.Clear();

        var russia = (await _client.PostQueryAsync(Query, new { id = "country:russia" })).Ok();

        var rules = Assert.Single(api.RulesPerValidation);
        Assert.Equal("Russia", russia.GetProperty("entity").GetProperty("name").GetString());
        Assert.DoesNotContain(rules, rule => DocumentValidator.CoreRules.Contains(rule));
        Assert.Contains(rules, rule => rule is ComplexityValidationRule);
    }

    [Fact]
    public async Task ANewDocumentIsValidatedAgainstTheSpec()
    {
        api.RulesPerValidation.Clear();

        await _client.PostQueryAsync("query CachedValidationFirstSight { stats { entities } }");

        var rules = Assert.Single(api.RulesPerValidation);
        Assert.Contains(rules, rule => rule is OverlappingFieldsCanBeMerged);
    }
}
