using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Storage.Sqlite.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void TheStoreIsRegisteredAsTheGraphStoreWithItsConfiguredPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "treatygraph-tests", "configured.db");
        var services = new ServiceCollection().AddLogging();
        services.AddSqliteGraphStore(Configuration(("Sqlite:Path", path)));
        using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<IGraphStore>();

        Assert.Same(provider.GetRequiredService<SqliteGraphStore>(), store);
        Assert.Equal(Path.GetFullPath(path), ((SqliteGraphStore)store).FilePath);
    }

    [Fact]
    public void WithoutConfigurationTheFileIsUnderDataInTheWorkingDirectory()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSqliteGraphStore(Configuration());
        using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<SqliteGraphStore>();

        Assert.Equal(Path.GetFullPath(Path.Combine("data", "treatygraph.db")), store.FilePath);
    }

    [Fact]
    public async Task AnEmptyPathFailsValidationWhenTheHostStarts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSqliteGraphStore(Configuration(("Sqlite:Path", "")));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Path", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
