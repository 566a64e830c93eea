using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TreatyGraph.Benchmarks.Datasets;
using TreatyGraph.Benchmarks.Reporting;
using TreatyGraph.Core.Files;
using TreatyGraph.Core.Text;
using TreatyGraph.Ingestion.Cleaning;
using TreatyGraph.Ingestion.Pipeline;

namespace TreatyGraph.Benchmarks.Suites;

/// <summary>
/// Extraction and ingestion throughput (articles/s, MB/s) over real news text — the seed article and the
/// independent evaluation corpus — each beside a baseline that only reads the same files and tokenises them
/// (UTF-8 decode, sentence split, word split). The ratio says how many times slower than bare reading the
/// pipeline is. Ingestion writes into a store holding the curated seed graph, one batch per article; each pass
/// starts from a fresh copy of that store (set up outside the timing), so every article is new to the graph it
/// merges into: appending a line to the text does not make it new, since cleaning drops trailing page chrome.
/// </summary>
internal static class IngestionSuite
{
    public static async Task RunAsync(BenchmarkSettings settings, Report report, CancellationToken ct)
    {
        var files = ArticleFiles();
        var passes = settings.Mode == "smoke" ? 1 : 10;
        var articles = files.Count * passes;
        var extraction = new IngestionService(Options.Create(new IngestionOptions()), TimeProvider.System, NullLogger<IngestionService>.Instance);

        // Rules, regexes and the JIT are warmed outside the timings.
        await extraction.ExtractAsync(await ReadAsync(files[0], 0, ct), ct);
        Tokenise(await ReadAsync(files[0], 0, ct));

        var (baselineSeconds, bytes) = await TimeAsync(files, passes, input => { Tokenise(input); return Task.CompletedTask; }, ct);
        var (extractSeconds, _) = await TimeAsync(files, passes, input => extraction.ExtractAsync(input, ct), ct);
        var megabytes = bytes / 1048576.0;
        report.Add(new Figure(articles, "extraction (articles)", articles / extractSeconds, "articles/s", "read + tokenise", articles / baselineSeconds, HigherIsBetter: true));
        report.Add(new Figure(articles, "extraction (bytes)", megabytes / extractSeconds, "MB/s", "read + tokenise", megabytes / baselineSeconds, HigherIsBetter: true));

        var folder = Directory.CreateTempSubdirectory("tg-bench-ingest-");
        try
        {
            var seedGraph = await GraphFiles.ReadAsync(SeedDirectory.Locate(null), ct);
            var ingestSeconds = 0.0;
            for (var pass = 0; pass < passes; pass++)
            {
                await using var embedded = await EmbeddedStore.OpenAsync(Path.Combine(folder.FullName, $"ingest-{pass}.db"), ct);
                await embedded.Store.ApplyAsync(seedGraph, ct);
                var ingestion = new IngestionService(embedded.Store, Options.Create(new IngestionOptions()), TimeProvider.System, NullLogger<IngestionService>.Instance);
                var (seconds, _) = await TimeAsync(files, 1, async input =>
                {
                    var result = await ingestion.IngestAsync(input, ct);
                    if (!result.IsNew)
                    {
                        throw new InvalidOperationException($"{result.ArticleId} was not new: the benchmark would time a no-op.");
                    }
                }, ct);
                ingestSeconds += seconds;
            }

            report.Add(new Figure(articles, "ingestion into the seed graph (articles)", articles / ingestSeconds, "articles/s", "read + tokenise", articles / baselineSeconds, HigherIsBetter: true));
            report.Add(new Figure(articles, "ingestion into the seed graph (bytes)", megabytes / ingestSeconds, "MB/s", "read + tokenise", megabytes / baselineSeconds, HigherIsBetter: true));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(double Seconds, long Bytes)> TimeAsync(IReadOnlyList<string> files, int passes, Func<ArticleInput, Task> work, CancellationToken ct)
    {
        long bytes = 0;
        var started = Stopwatch.GetTimestamp();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var file in files)
            {
                var input = await ReadAsync(file, pass, ct);
                bytes += Encoding.UTF8.GetByteCount(input.Content);
                await work(input);
            }
        }

        return (Stopwatch.GetElapsedTime(started).TotalSeconds, bytes);
    }

    private static async Task<ArticleInput> ReadAsync(string file, int pass, CancellationToken ct)
    {
        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file, ct));
        if (pass > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"\n\nRepublished as dispatch {pass}.\n");
        }

        // The file names start with the publication day: 2018-11-22-....txt
        var name = Path.GetFileName(file);
        DateOnly? published = name.Length > 10 && DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        return new ArticleInput(text) { Published = published };
    }

    private static int Tokenise(ArticleInput input)
    {
        var words = 0;
        foreach (var sentence in SentenceSegmenter.Split(input.Content))
        {
            var inWord = false;
            foreach (var c in input.Content.AsSpan(sentence.Start, sentence.Length))
            {
                var letter = char.IsLetterOrDigit(c);
                words += letter && !inWord ? 1 : 0;
                inWord = letter;
            }
        }

        return words;
    }

    private static List<string> ArticleFiles()
    {
        var seed = SeedDirectory.Locate(null);
        var corpus = Path.Combine(Path.GetDirectoryName(seed)!, "tests", "corpus", "extraction");
        return [.. Directory.GetFiles(Path.Combine(seed, "articles"), "*.txt").Concat(Directory.Exists(corpus) ? Directory.GetFiles(corpus, "*.txt") : []).Order(StringComparer.Ordinal)];
    }
}
