using System.CommandLine;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TreatyGraph.Cli.Commands;
using TreatyGraph.Cli.Hosting;
using TreatyGraph.Core.Files;
using TreatyGraph.Storage.Sqlite;

namespace TreatyGraph.Cli.Tests.Commands;

public sealed class ExportCommandTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "treatygraph-cli-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "graph.db");

    public async ValueTask InitializeAsync()
    {
        using var store = new SqliteGraphStore(Options.Create(new SqliteOptions { Path = DatabasePath }), NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        await store.ApplyAsync(await GraphFiles.ReadAsync(SeedDirectory.Locate(null), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task TimelineExportWritesTheJapanRussiaTimelineToAFile()
    {
        var file = Path.Combine(_folder, "out", "japan-russia.json");

        var (code, output, error) = await RunAsync("export", "timelinejs", "--participants", "country:japan,country:russia", "--match", "ALL", "--out", file);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Empty(error);
        Assert.Contains(file, output, StringComparison.Ordinal);
        using var timeline = JsonDocument.Parse(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
        Assert.Contains(
            timeline.RootElement.GetProperty("events").EnumerateArray(),
            e => e.GetProperty("unique_id").GetString() == "event-1956-joint-declaration-signed");
    }

    [Fact]
    public async Task BadFiltersAreADataErrorNamingEachOptionAndNoFileIsWritten()
    {
        var file = Path.Combine(_folder, "bad.json");

        var (code, _, error) = await RunAsync("export", "timelinejs", "--participants", "country:atlantis", "--from", "1956-13", "--out", file);

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("--participants: no entity 'country:atlantis'", error, StringComparison.Ordinal);
        Assert.Contains("--from: '1956-13' is not an EDTF date", error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task CsvExportWritesNodesAndEdgesIntoAFolder()
    {
        var folder = Path.Combine(_folder, "csv");

        var (code, _, _) = await RunAsync("export", "csv", "--participants", "territory:kunashir", "--as-of", "1960", "--out", folder);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("Id,Label,", await File.ReadAllTextAsync(Path.Combine(folder, "nodes.csv"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.StartsWith("Source,Target,Type,Id,Label,", await File.ReadAllTextAsync(Path.Combine(folder, "edges.csv"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphMlExportWritesAGraphMlDocument()
    {
        var file = Path.Combine(_folder, "graph.graphml");

        var (code, _, _) = await RunAsync("export", "graphml", "--out", file);

        Assert.Equal(ExitCodes.Ok, code);
        var graph = XDocument.Load(file);
        Assert.Equal(XName.Get("graphml", "http://graphml.graphdrawing.org/xmlns"), graph.Root!.Name);
        Assert.False(File.Exists(file + ".partial"));
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var settings = new Dictionary<string, string?> { ["Sqlite:Path"] = DatabasePath, ["Serilog:MinimumLevel:Default"] = "Warning" };
        var root = new RootCommand();
        root.Subcommands.Add(ExportCommand.Create(() => CliHost.Build(settings)));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
