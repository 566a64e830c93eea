using Microsoft.Extensions.Options;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Hosting;

public sealed class ProviderTests
{
    [Fact]
    public async Task AnUnknownProviderStopsTheStartNamingTheStoresThereAre()
    {
        await using var api = new UnknownProviderApi();

        var error = Assert.ThrowsAny<OptionsValidationException>(() => api.CreateClient());

        Assert.Contains("Cassandra", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite", error.Message, StringComparison.Ordinal);
    }

    private sealed class UnknownProviderApi : TreatyGraphApi
    {
        protected override IEnumerable<(string Key, string Value)> Settings() => [("Graph:Provider", "Cassandra")];
    }
}
