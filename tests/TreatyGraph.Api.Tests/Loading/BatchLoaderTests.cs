using TreatyGraph.Api.Loading;

namespace TreatyGraph.Api.Tests.Loading;

public sealed class BatchLoaderTests
{
    private readonly List<string[]> _fetches = [];

    [Fact]
    public async Task KeysQueuedBeforeTheFirstAwaitAreFetchedInOneCall()
    {
        using var loader = Loader();
        var a = loader.Load("a");
        var many = loader.LoadMany(["b", "missing", "c"]);

        Assert.Equal("A", await a.GetResultAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["B", "C"], await many.GetResultAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["a", "b", "missing", "c"], Assert.Single(_fetches));
    }

    [Fact]
    public async Task EachKeyIsFetchedOnceEvenWhenMissing()
    {
        using var loader = Loader();
        Assert.Null(await loader.Load("missing").GetResultAsync(TestContext.Current.CancellationToken));

        var again = loader.Load("missing");
        var other = loader.Load("a");
        Assert.Null(await again.GetResultAsync(TestContext.Current.CancellationToken));
        Assert.Equal("A", await other.GetResultAsync(TestContext.Current.CancellationToken));

        Assert.Equal([["missing"], ["a"]], _fetches);
    }

    [Fact]
    public async Task ConcurrentAwaitsShareOneFetch()
    {
        using var loader = Loader();
        var results = Enumerable.Range(0, 20).Select(i => loader.Load(i % 2 == 0 ? "a" : "b")).ToList();

        var values = await Task.WhenAll(results.Select(r => r.GetResultAsync(TestContext.Current.CancellationToken)));

        Assert.Equal(20, values.Length);
        Assert.Single(_fetches);
    }

    private BatchLoader<string, string> Loader() =>
        new(async (keys, _) =>
        {
            lock (_fetches)
            {
                _fetches.Add([.. keys]);
            }

            await Task.Yield();
            return keys.Where(k => k != "missing").ToDictionary(k => k, k => k.ToUpperInvariant());
        });
}
