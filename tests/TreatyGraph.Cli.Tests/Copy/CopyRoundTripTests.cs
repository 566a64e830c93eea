using System.Text.Json;
using TreatyGraph.Cli.Stores;
using TreatyGraph.Core.Files;
using TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

namespace TreatyGraph.Cli.Tests.Copy;

/// <summary>
/// <c>treatygraph copy</c> moves the seed graph SQLite → Neo4j → SQLite, and all three stores answer every
/// question the same. Needs the real test Neo4j (<c>tests/neo4j/neo4j.sh start</c>); skips without it.
/// </summary>
public sealed class CopyRoundTripTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("copy-round-trip-");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task TheSeedGraphRoundTripsThroughNeo4jWithIdenticalAnswers()
    {
        // Emptied, and ours until the test ends: the copy starts from a blank Neo4j.
        await using var server = await Neo4jStores.OnTestServerAsync();

        var original = Path.Combine(_folder.FullName, "original.db");
        var back = Path.Combine(_folder.FullName, "back.db");
        await using (var seeded = await OpenStore.OpenAsync(StoreLocation.Parse($"sqlite:{original}"), Credentials, Ct))
        {
            await seeded.Store.ApplyAsync(await GraphFiles.ReadAsync(SeedDirectory.Locate(null), Ct), Ct);
        }

        Assert.Equal(ExitCodes.Ok, await CopyAsync($"sqlite:{original}", $"neo4j:{Neo4jTestServer.Uri}", "--batch-size", "37"));
        Assert.Equal(ExitCodes.Ok, await CopyAsync($"neo4j:{Neo4jTestServer.Uri}", $"sqlite:{back}"));

        var answers = new List<IReadOnlyList<(string Question, string Answer)>>();
        foreach (var location in new[] { $"sqlite:{original}", $"neo4j:{Neo4jTestServer.Uri}", $"sqlite:{back}" })
        {
            await using var store = await OpenStore.OpenAsync(StoreLocation.Parse(location), Credentials, Ct);
            answers.Add(await StoreAnswers.AskAsync(store.Store, Ct));
        }

        Assert.Contains(answers[0], a => a.Question == "stats" && !a.Answer.Contains("\"Entities\":0", StringComparison.Ordinal));
        for (var i = 0; i < answers[0].Count; i++)
        {
            Assert.Equal(answers[0][i], answers[1][i]);
            Assert.Equal(answers[0][i], answers[2][i]);
        }

        Assert.Empty(_folder.GetFiles("*.checkpoint.json"));
    }

    [Fact]
    public async Task AnInterruptedCopyResumesFromItsCheckpoint()
    {
        var original = Path.Combine(_folder.FullName, "original.db");
        var checkpoint = Path.Combine(_folder.FullName, "resume.checkpoint.json");
        var seed = await GraphFiles.ReadAsync(SeedDirectory.Locate(null), Ct);
        await using (var seeded = await OpenStore.OpenAsync(StoreLocation.Parse($"sqlite:{original}"), Credentials, Ct))
        {
            await seeded.Store.ApplyAsync(seed, Ct);
        }

        // As if a first run had copied the articles and entities and then died; one entity carries a mark
        // that copying it again would overwrite.
        var marked = seed.Entities.First(e => e.Description is not null);
        await using var neo4j = await Neo4jStores.OnTestServerAsync();
        await neo4j.Store.ApplyAsync(seed with { Events = [], Relations = [], Entities = [.. seed.Entities.Select(e => e.Id == marked.Id ? e with { Description = "copied before the crash" } : e)] }, Ct);

        await File.WriteAllTextAsync(
            checkpoint,
            JsonSerializer.Serialize(new { from = $"sqlite:{original}", to = $"neo4j:{Neo4jTestServer.Uri}", lastIds = new { Articles = "\uffff", Entities = "\uffff" } }),
            Ct);

        var code = await CopyAsync($"sqlite:{original}", $"neo4j:{Neo4jTestServer.Uri}", "--checkpoint", checkpoint);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.False(File.Exists(checkpoint));
        Assert.Equal("copied before the crash", (await neo4j.Store.GetEntitiesAsync([marked.Id], Ct))[marked.Id].Description);
        Assert.Equal(seed.Events.Count, (await neo4j.Store.GetStatsAsync(Ct)).Events);
    }

    private static Neo4jCredentials Credentials => new(Neo4jTestServer.User, Neo4jTestServer.Password, null);

    private static Task<int> CopyAsync(string from, string to, params string[] more)
    {
        Neo4jTestServer.Require();
        return CliApp.RunAsync(["copy", "--from", from, "--to", to, "--neo4j-user", Neo4jTestServer.User, "--neo4j-password", Neo4jTestServer.Password, .. more]);
    }
}
