using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Paging;

/// <summary><c>relations(asOf:)</c> keeps the relations that held at some time inside the given date.</summary>
public sealed class RelationsAsOfTests(TreatyGraphApi api) : IClassFixture<TreatyGraphApi>
{
    private const string Administrators = """
        query($asOf: String) {
          entity(id: "territory:kunashir") { relations(types: [ADMINISTERS], asOf: $asOf, direction: INCOMING) { from { id } } }
        }
        """;

    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("1960", "country:soviet-union")]
    [InlineData("1956-10-19", "country:soviet-union")]
    [InlineData("2018-11", "country:russia")]
    [InlineData("1991-12-26", "country:soviet-union,country:russia")]
    [InlineData("1950/1960", "country:soviet-union")]
    public async Task AsOfKeepsWhatHeldThen(string asOf, string expected)
    {
        Assert.Equal(expected.Split(',').Order(StringComparer.Ordinal), (await AdministratorsAsync(asOf)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WithoutAsOfTheWholeHistoryComesBack()
    {
        var all = await AdministratorsAsync(null);

        Assert.Contains("country:soviet-union", all);
        Assert.Contains("country:russia", all);
        Assert.True(all.Count >= (await AdministratorsAsync("1960")).Count + 1);
    }

    [Fact]
    public async Task TypedFieldsTakeAsOfToo()
    {
        var data = (await _client.PostQueryAsync("""
            { entity(id: "territory:kunashir") { ... on Territory { administration(asOf: "1970") { from { id } } } } }
            """)).Ok();

        Assert.Equal("country:soviet-union", Assert.Single(data.GetProperty("entity").GetProperty("administration").EnumerateArray()).GetProperty("from").GetProperty("id").GetString());
    }

    private async Task<List<string>> AdministratorsAsync(string? asOf) =>
        [.. (await _client.PostQueryAsync(Administrators, new { asOf })).Ok()
            .GetProperty("entity").GetProperty("relations").EnumerateArray()
            .Select(r => r.GetProperty("from").GetProperty("id").GetString()!)];
}
