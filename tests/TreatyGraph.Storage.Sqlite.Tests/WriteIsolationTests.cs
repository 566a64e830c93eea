using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Contract.Building;

namespace TreatyGraph.Storage.Sqlite.Tests;

public sealed class WriteIsolationTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private SqliteGraphStore _store = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _store = _database.OpenStore();
        await _store.ApplyAsync(ContractGraph.Batch, Cancel);
    }

    public ValueTask DisposeAsync()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        _database.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task ReadersGoOnWhileAWriteIsOpenAndSeeOnlyCommittedData()
    {
        var before = await _store.GetStatsAsync(Cancel);
        await using var writer = new SqliteConnection($"Data Source={_database.FilePath};Pooling=False");
        await writer.OpenAsync(Cancel);
        await using var transaction = writer.BeginTransaction();
        await using (var insert = writer.CreateCommand())
        {
            insert.CommandText = "INSERT INTO entity (id, kind, name) VALUES ('country:elsewhere', 'Country', 'Elsewhere')";
            await insert.ExecuteNonQueryAsync(Cancel);
        }

        var reads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _store.GetStatsAsync(Cancel)));
        var timeline = await _store.TimelineAsync(new TimelineQuery(), Cancel);
        await transaction.CommitAsync(Cancel);
        var after = await _store.GetStatsAsync(Cancel);

        Assert.All(reads, r => Assert.Equal(before, r));
        Assert.Equal(ContractGraph.Batch.Events.Count, timeline.TotalCount);
        Assert.Equal(before.Entities + 1, after.Entities);
    }

    [Fact]
    public async Task ConcurrentBatchesAreAppliedOneAtATime()
    {
        var batches = Enumerable.Range(0, 6)
            .Select(i => new GraphBatch { Entities = [new Entity($"country:concurrent-{i}", EntityKind.Country, $"Concurrent {i}")] })
            .ToList();

        var results = await Task.WhenAll(batches.Select(b => _store.ApplyAsync(b, Cancel)));

        Assert.All(results, r => Assert.Equal(new ChangeCount(1, 0, 0), r.Entities));
        Assert.Equal(6, (await _store.GetEntitiesAsync([.. batches.Select(b => b.Entities[0].Id)], Cancel)).Count);
    }

    [Fact]
    public async Task ABatchThatFailsHalfwayLeavesNothingWritten()
    {
        var before = await _store.GetStatsAsync(Cancel);
        var good = Enumerable.Range(0, 50).Select(i => new Entity($"country:halfway-{i}", EntityKind.Country, $"Halfway {i}")).ToList();
        var meeting = new Event("event:halfway-meeting", EventKind.Meeting, EventStatus.Occurred, "Halfway meeting", null)
        {
            Participants = [new Participant(good[0].Id), new Participant(good[1].Id)],
        };

        // Fifty entities are written before the last one, whose missing name fails entity.name's NOT NULL
        // constraint inside the transaction (the integrity check has nothing against it).
        var broken = new GraphBatch
        {
            Entities = [.. good, new Entity("country:nameless", EntityKind.Country, null!)],
            Events = [meeting],
        };

        await Assert.ThrowsAsync<SqliteException>(() => _store.ApplyAsync(broken, Cancel));

        Assert.Equal(before, await _store.GetStatsAsync(Cancel));
        Assert.Empty(await _store.GetEntitiesAsync([.. good.Select(e => e.Id)], Cancel));
        Assert.Empty(await _store.SearchAsync(new SearchQuery("Halfway", []), Cancel));
    }

    [Fact]
    public async Task ACancelledBatchLeavesNothingWritten()
    {
        var before = await _store.GetStatsAsync(Cancel);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var batch = new GraphBatch { Entities = [new Entity("country:cancelled", EntityKind.Country, "Cancelled")] };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.ApplyAsync(batch, cancelled.Token));

        Assert.Equal(before, await _store.GetStatsAsync(Cancel));
    }
}
