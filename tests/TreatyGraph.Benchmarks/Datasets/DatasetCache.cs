using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Graph;
using TreatyGraph.Synthetic;

namespace TreatyGraph.Benchmarks.Datasets;

/// <summary>
/// Generates each scale's database once and keeps it (and its load figures) under the cache folder
/// (git-ignored), so later runs measure queries without reloading. Loading times only the store's
/// <see cref="IGraphStore.ApplyAsync"/> calls, and the bare SQLite baseline's transactions, never the
/// generator that feeds both.
/// </summary>
internal static class DatasetCache
{
    private const int BatchFacts = 5000;

    public static async Task<Dataset> GetAsync(string cacheRoot, int scale, int seed, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(cacheRoot, $"scale-{scale}-seed-{seed}");
        var database = Path.Combine(folder, "treatygraph.db");
        var figuresFile = Path.Combine(folder, "load.json");
        var graph = new SyntheticGraph(scale, seed);
        if (File.Exists(figuresFile) && File.Exists(database))
        {
            var cached = JsonSerializer.Deserialize<LoadFigures>(await File.ReadAllTextAsync(figuresFile, cancellationToken))!;
            Console.Error.WriteLine($"[{scale:N0}] using cached database {database}");
            return new Dataset(scale, seed, database, cached, graph.Landmarks);
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var figures = await LoadAsync(graph, database, Path.Combine(folder, "bare.db"), cancellationToken);
        await File.WriteAllTextAsync(figuresFile, JsonSerializer.Serialize(figures), cancellationToken);
        return new Dataset(scale, seed, database, figures, graph.Landmarks);
    }

    private static async Task<LoadFigures> LoadAsync(SyntheticGraph graph, string database, string bareDatabase, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"[{graph.Facts:N0}] generating and loading into {database}");
        var storeTime = new Stopwatch();
        var bareTime = new Stopwatch();
        long facts = 0;
        long articles = 0;
        await using (var embedded = await EmbeddedStore.OpenAsync(database, cancellationToken))
        using (var bare = new BareSqlite(bareDatabase))
        {
            foreach (var slice in graph.Entities.Chunk(BatchFacts))
            {
                storeTime.Start();
                await embedded.Store.ApplyAsync(new GraphBatch { Entities = slice }, cancellationToken);
                storeTime.Stop();
                bareTime.Start();
                bare.Insert(slice);
                bareTime.Stop();
            }

            var pending = new List<SyntheticChunk>();
            var pendingFacts = 0;
            var report = Stopwatch.StartNew();
            foreach (var chunk in graph.Chunks().Append(null))
            {
                if (chunk is not null)
                {
                    pending.Add(chunk);
                    pendingFacts += chunk.Facts;
                }

                if (pendingFacts < BatchFacts && chunk is not null)
                {
                    continue;
                }

                var batch = new GraphBatch
                {
                    Articles = pending.SelectMany(c => c.Articles).Select(a => a.Article).ToList(),
                    Events = pending.SelectMany(c => c.Events).ToList(),
                    Relations = pending.SelectMany(c => c.Relations).ToList(),
                };
                storeTime.Start();
                await embedded.Store.ApplyAsync(batch, cancellationToken);
                storeTime.Stop();
                bareTime.Start();
                bare.Insert(pending);
                bareTime.Stop();
                facts += pendingFacts;
                articles += batch.Articles.Count;
                pending.Clear();
                pendingFacts = 0;
                if (report.Elapsed > TimeSpan.FromSeconds(10))
                {
                    Console.Error.WriteLine($"[{graph.Facts:N0}] loaded {facts:N0} facts; store {storeTime.Elapsed.TotalSeconds:F0} s, bare {bareTime.Elapsed.TotalSeconds:F0} s");
                    report.Restart();
                }
            }
        }

        SqliteConnection.ClearAllPools();
        return new LoadFigures(
            facts,
            graph.Entities.Count,
            articles,
            storeTime.Elapsed.TotalSeconds,
            SizeOf(database),
            bareTime.Elapsed.TotalSeconds,
            SizeOf(bareDatabase));
    }

    /// <summary>The database with its WAL and shared-memory files, as it sits on disk.</summary>
    private static long SizeOf(string database) =>
        new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
}
