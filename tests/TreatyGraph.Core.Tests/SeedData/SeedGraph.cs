using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Files;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Core.Tests.SeedData;

/// <summary>The repository's seed-data, loaded once through <see cref="GraphFiles"/> exactly as the API and CLI load it.</summary>
public sealed class SeedGraph : IAsyncLifetime
{
    public GraphBatch Batch { get; private set; } = GraphBatch.Empty;

    public string Directory { get; private set; } = string.Empty;

    public Entity Entity(string id) => Batch.Entities.Single(e => e.Id == id);

    public Event Event(string id) => Batch.Events.Single(e => e.Id == id);

    public IEnumerable<Relation> Relations(RelationType type, string? from = null, string? to = null) =>
        Batch.Relations.Where(r => r.Type == type && (from is null || r.FromId == from) && (to is null || r.ToId == to));

    public async ValueTask InitializeAsync()
    {
        Directory = SeedDirectory.Locate(null);
        Batch = await GraphFiles.ReadAsync(Directory, CancellationToken.None);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
