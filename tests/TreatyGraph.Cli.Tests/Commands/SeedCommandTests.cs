using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TreatyGraph.Cli.Commands;
using TreatyGraph.Cli.Hosting;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Files;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Sqlite;

namespace TreatyGraph.Cli.Tests.Commands;

public sealed class SeedCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "treatygraph-cli-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "graph.db");

    [Fact]
    public async Task LoadsTheCuratedSeedDataThenReadsTheSeedArticleIntoItAndReportsBoth()
    {
        var seed = await GraphFiles.ReadAsync(SeedDirectory.Locate(null), TestContext.Current.CancellationToken);

        var (code, output, _) = await RunAsync(Settings(), "seed");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches($@"entities\s+{seed.Entities.Count}\s+0\s+0", output);
        Assert.Matches($@"relations\s+{seed.Relations.Count}\s+0\s+0", output);
        var read = Regex.Match(output, $@"article {Regex.Escape(seed.Articles[0].Id)}: extraction created (\d+) entities, (\d+) events, (\d+) relations; added evidence to ([1-9]\d*) existing events and (\d+) existing relations");
        Assert.True(read.Success, output);
        var stats = await StatsAsync();
        Assert.Equal(
            (seed.Entities.Count + Count(read, 1), seed.Events.Count + Count(read, 2), seed.Relations.Count + Count(read, 3), seed.Articles.Count),
            ((int)stats.Entities, (int)stats.Events, (int)stats.Relations, (int)stats.Articles));
    }

    [Fact]
    public async Task TheSeedArticlesEvidenceMergesIntoCuratedEventsWithoutTwins()
    {
        var seed = await GraphFiles.ReadAsync(SeedDirectory.Locate(null), TestContext.Current.CancellationToken);
        var curated = seed.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);

        await RunAsync(Settings(), "seed");

        using var store = new SqliteGraphStore(Options.Create(new SqliteOptions { Path = DatabasePath }), NullLogger<SqliteGraphStore>.Instance);
        var events = new List<Event>();
        await foreach (var e in store.ScanEventsAsync(null, TestContext.Current.CancellationToken))
        {
            events.Add(e);
        }

        var articleId = seed.Articles[0].Id;
        Assert.Contains(events, e => curated.TryGetValue(e.Id, out var before)
            && !before.Evidence.Any(x => x.ArticleId == articleId) && e.Evidence.Any(x => x.ArticleId == articleId));
        var read = events.Where(e => !curated.ContainsKey(e.Id)).ToList();
        var twins = read.SelectMany(a => events.Where(b => b.Id != a.Id && AreTwins(a, b)).Select(b => $"{a.Id} ~ {b.Id}")).ToList();
        Assert.True(twins.Count == 0, "twins: " + string.Join(", ", twins));
    }

    [Fact]
    public async Task LoadingTwiceChangesNothing()
    {
        await RunAsync(Settings(), "seed");
        var before = await StatsAsync();

        var (code, output, _) = await RunAsync(Settings(), "seed");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("nothing changed", output, StringComparison.Ordinal);
        Assert.Contains("extraction found nothing new", output, StringComparison.Ordinal);
        Assert.Matches(@"entities\s+0\s+0\s+[1-9]\d*", output);
        Assert.Matches(@"events\s+0\s+0\s+[1-9]\d*", output);
        Assert.Equal(before, await StatsAsync());
    }

    [Fact]
    public async Task InvalidSeedDataIsADataErrorAndNothingIsStored()
    {
        var bad = Directory.CreateDirectory(Path.Combine(_folder, "bad")).FullName;
        await File.WriteAllTextAsync(Path.Combine(bad, "entities.jsonl"), """{"id":"country:japan","kind":"Country","name":"Japan"}""" + "\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(bad, "events.jsonl"), """{"id":"event:e","kind":"Meetng","status":"occurred","title":"t"}""" + "\n", TestContext.Current.CancellationToken);

        var (code, output, error) = await RunAsync(Settings(), "seed", "--path", bad);

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("events.jsonl:1: unknown event kind 'Meetng'", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task AMissingSeedFolderIsNoInput()
    {
        var (code, _, error) = await RunAsync(Settings(("Seed:Path", Path.Combine(_folder, "missing"))), "seed");

        Assert.Equal(ExitCodes.NoInput, code);
        Assert.Contains("missing", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Neo5j", null, "unknown")]
    [InlineData("Neo4j", "bolt://localhost:7687", "Neo4j:Uri must be an http:// or https:// URL")]
    public async Task AProviderThatCannotBeUsedIsAConfigurationError(string provider, string? neo4jUri, string says)
    {
        var (code, _, error) = await RunAsync(Settings(("Graph:Provider", provider), ("Neo4j:Uri", neo4jUri)), "seed");

        Assert.Equal(ExitCodes.Config, code);
        Assert.Contains(says, error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["Sqlite:Path"] = DatabasePath, ["Serilog:MinimumLevel:Default"] = "Warning" };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(Dictionary<string, string?> settings, params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(SeedCommand.Create(() => CliHost.Build(settings)));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    private static int Count(Match match, int group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    // The merge rule's twin: same kind and status, a participant in common, dates that overlap (or one unknown).
    private static bool AreTwins(Event a, Event b) =>
        a.Kind == b.Kind && a.Status == b.Status
        && a.Participants.Any(p => b.Participants.Any(q => q.EntityId == p.EntityId))
        && (a.Date is null || b.Date is null || (a.Date.EarliestKey <= b.Date.LatestKey && b.Date.EarliestKey <= a.Date.LatestKey));

    private async Task<GraphStats> StatsAsync()
    {
        using var store = new SqliteGraphStore(Options.Create(new SqliteOptions { Path = DatabasePath }), NullLogger<SqliteGraphStore>.Instance);
        return await store.GetStatsAsync(TestContext.Current.CancellationToken);
    }
}
