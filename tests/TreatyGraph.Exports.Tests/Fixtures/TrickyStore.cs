using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using TreatyGraph.Storage.Sqlite;

namespace TreatyGraph.Exports.Tests.Fixtures;

/// <summary>A tiny graph whose text holds everything that breaks careless CSV and XML: commas, quotes, line breaks, CJK, a control character.</summary>
public sealed class TrickyStore : IAsyncLifetime
{
    public const string Name = "Kuril \"Chishima\", Islands";
    public const string Description = "Line one,\r\nline \"two\"\nand a bell \u0007 here";
    public const string Quote = "He said: \"no, never\" —\n択捉島, Итуруп.";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "treatygraph-exports-tests", Guid.NewGuid().ToString("N"));
    private SqliteGraphStore? _store;

    public IGraphStore Store => _store ?? throw new InvalidOperationException("not initialized");

    public static GraphBatch Batch { get; } = new()
    {
        Entities =
        [
            new Entity("territory:tricky", EntityKind.Territory, Name)
            {
                Description = Description,
                Aliases = [new Alias("千島列島", "ja"), new Alias("a, b", null)],
            },
            new Entity("country:plain", EntityKind.Country, "Plain"),
        ],
        Events =
        [
            new Event("event:tricky", EventKind.Statement, EventStatus.Planned, "Says \"no\", twice", FuzzyDate.Parse("2019-37"))
            {
                Participants = [new Participant("country:plain", ParticipantRole.Speaker)],
                Concerns = ["territory:tricky"],
                Evidence = [new Evidence(Quote) { Reference = new SourceReference(SourceKind.Other, "Notes, \"draft\"") { Url = "https://example.org/a,b" } }],
            },
        ],
        Relations =
        [
            new Relation(RelationType.Claims, "country:plain", "territory:tricky")
            {
                ValidFrom = FuzzyDate.Parse("195X"),
                Evidence = [new Evidence(Quote) { Reference = new SourceReference(SourceKind.Other, "Notes") }],
            },
        ],
    };

    public async ValueTask InitializeAsync()
    {
        _store = new SqliteGraphStore(
            Options.Create(new SqliteOptions { Path = Path.Combine(_folder, "tricky.db") }),
            NullLogger<SqliteGraphStore>.Instance);
        await _store.InitializeAsync(CancellationToken.None);
        await _store.ApplyAsync(Batch, CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        _store?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
