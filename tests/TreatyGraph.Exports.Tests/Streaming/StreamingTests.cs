using TreatyGraph.Exports.Filters;
using TreatyGraph.Exports.Graphs;
using TreatyGraph.Exports.Timelines;

namespace TreatyGraph.Exports.Tests.Streaming;

/// <summary>
/// Exports of a large generated graph push their output on while they read: the output holds most of what has been
/// read whenever the store hands out an item, and no more than one chunk's worth is ever held back between flushes.
/// </summary>
public sealed class StreamingTests
{
    private const int Size = 10_000;

    /// <summary>The most any export may hold before flushing: one chunk of items, far below the whole output.</summary>
    private const long MaxHeldBack = 256 * 1024;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GraphMlOfALargeGraphIsWrittenWhileTheStoreIsStillBeingRead()
    {
        var (output, atMiddle) = await RunAsync("entity", (store, stream) => new GraphMlExport(store).WriteAsync(new GraphSelection(), stream, Cancel));

        AssertStreamed(output, atMiddle);
    }

    [Fact]
    public async Task CsvEdgesOfALargeGraphAreWrittenWhileTheStoreIsStillBeingRead()
    {
        var (output, atMiddle) = await RunAsync("relation", (store, stream) => new CsvExport(store).WriteAsync(new GraphSelection(), CsvPart.Edges, stream, Cancel));

        AssertStreamed(output, atMiddle);
    }

    [Fact]
    public async Task TimelineOfALargeGraphIsWrittenWhileTheStoreIsStillBeingRead()
    {
        var (output, atMiddle) = await RunAsync("event", (store, stream) => new TimelineJsExport(store).WriteAsync(new TimelineSelection(), stream, Cancel));

        AssertStreamed(output, atMiddle);
    }

    private static async Task<(RecordingStream Output, long BytesAtMiddle)> RunAsync(string kind, Func<GeneratedGraphStore, Stream, Task> export)
    {
        var store = new GeneratedGraphStore(Size);
        using var output = new RecordingStream();
        long atMiddle = -1;
        store.Yielded = (k, i) =>
        {
            if (k == kind && i == Size / 2 && atMiddle < 0)
            {
                atMiddle = output.BytesWritten;
            }
        };

        await export(store, output);
        return (output, atMiddle);
    }

    private static void AssertStreamed(RecordingStream output, long bytesAtMiddle)
    {
        Assert.True(output.BytesWritten > 8 * MaxHeldBack, $"the export should be large: {output.BytesWritten} bytes");
        Assert.True(output.MostBytesBetweenFlushes <= MaxHeldBack, $"{output.MostBytesBetweenFlushes} bytes held back before a flush");
        Assert.True(output.Flushes >= output.BytesWritten / MaxHeldBack, $"{output.Flushes} flushes for {output.BytesWritten} bytes");
        Assert.True(bytesAtMiddle > MaxHeldBack, $"only {bytesAtMiddle} bytes written when the store was halfway");
        TestContext.Current.TestOutputHelper?.WriteLine($"{output.BytesWritten} bytes, {output.Flushes} flushes, at most {output.MostBytesBetweenFlushes} between two, {bytesAtMiddle} written at the halfway item");
    }
}
