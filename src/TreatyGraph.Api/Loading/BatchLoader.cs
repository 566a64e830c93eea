using GraphQL.DataLoader;

namespace TreatyGraph.Api.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while GraphQL.NET walks one level of the query, then fetches
/// them all in one call when the first result is awaited. Each key is fetched at most once per request.
/// </summary>
internal sealed class BatchLoader<TKey, TValue> : IDisposable
    where TKey : notnull
    where TValue : class
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly Dictionary<TKey, TValue?> _loaded = [];
    private readonly List<TKey> _pending = [];
    private readonly HashSet<TKey> _pendingSet = [];
    private readonly Lock _sync = new();
    private readonly SemaphoreSlim _dispatch = new(1, 1);

    public BatchLoader(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    {
        _fetch = fetch;
    }

    /// <summary>The value for <paramref name="key"/>, or null when the store has none.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        Enqueue(key);
        return new LoaderResult<TValue?>(ct => GetAsync(key, ct));
    }

    /// <summary>The values for <paramref name="keys"/> in the given order, skipping keys the store does not have.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var list = keys.ToList();
        foreach (var key in list)
        {
            Enqueue(key);
        }

        return new LoaderResult<IReadOnlyList<TValue>>(async ct =>
        {
            var values = new List<TValue>(list.Count);
            foreach (var key in list)
            {
                if (await GetAsync(key, ct) is { } value)
                {
                    values.Add(value);
                }
            }

            return values;
        });
    }

    public void Dispose() => _dispatch.Dispose();

    private void Enqueue(TKey key)
    {
        lock (_sync)
        {
            if (!_loaded.ContainsKey(key) && _pendingSet.Add(key))
            {
                _pending.Add(key);
            }
        }
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            if (_loaded.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        await _dispatch.WaitAsync(cancellationToken);
        try
        {
            TKey[] batch;
            lock (_sync)
            {
                // Another result's dispatch may have fetched this key while we waited.
                if (_loaded.TryGetValue(key, out var known))
                {
                    return known;
                }

                if (_pendingSet.Add(key))
                {
                    _pending.Add(key);
                }

                batch = [.. _pending];
                _pending.Clear();
                _pendingSet.Clear();
            }

            var found = await _fetch(batch, cancellationToken);
            lock (_sync)
            {
                foreach (var k in batch)
                {
                    _loaded[k] = found.TryGetValue(k, out var value) ? value : null;
                }

                return _loaded[key];
            }
        }
        finally
        {
            _dispatch.Release();
        }
    }
}
