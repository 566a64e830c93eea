using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Cli.Commands;
using TreatyGraph.Cli.Hosting;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Cli.Tests.Generate;

public sealed class GenerateIntoStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tg-generate-store-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task LoadsEveryFactIntoTheConfiguredStoreInBatches()
    {
        var settings = new Dictionary<string, string?> { ["Graph:Provider"] = "Sqlite", ["Sqlite:Path"] = Path.Combine(_folder, "graph.db") };
        var stdout = new StringWriter();

        var exit = await GenerateCommand.RunAsync(
            new GenerateRequest(2500, 5, null, true, Batch: 400),
            stdout,
            TextWriter.Null,
            TestContext.Current.CancellationToken,
            () => CliHost.Build(settings));

        Assert.Equal(ExitCodes.Ok, exit);
        using var host = CliHost.Build(settings);
        var store = host.Services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        var stats = await store.GetStatsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2500, stats.Events + stats.Relations);
        Assert.True(stats.Entities > 0 && stats.Articles > 0, stats.ToString());
        Assert.Contains("\"facts\":2500", stdout.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
