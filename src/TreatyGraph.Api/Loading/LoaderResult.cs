using GraphQL.DataLoader;

namespace TreatyGraph.Api.Loading;

/// <summary>A pending value that GraphQL.NET awaits after it has collected every sibling's keys.</summary>
internal sealed class LoaderResult<T> : IDataLoaderResult<T>
{
    private readonly Func<CancellationToken, Task<T>> _get;
    private Task<T>? _result;

    public LoaderResult(Func<CancellationToken, Task<T>> get)
    {
        _get = get;
    }

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) =>
        _result ??= _get(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken);
}
