using GraphQL.DataLoader;

namespace TreatyGraph.Api.Loading;

/// <summary>Composing pending values without awaiting them, so that batching spans several hops.</summary>
internal static class LoaderResultExtensions
{
    /// <summary>Maps the value once it is loaded.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new LoaderResult<TOut>(async ct => map(await result.GetResultAsync(ct)));

    /// <summary>
    /// Starts a second load from the first one's value. GraphQL.NET sees the inner pending value and queues it
    /// with its siblings, so the second hop is batched too.
    /// </summary>
    public static IDataLoaderResult<IDataLoaderResult<TOut>> ThenLoad<TIn, TOut>(
        this IDataLoaderResult<TIn> result,
        Func<TIn, IDataLoaderResult<TOut>> next) =>
        new LoaderResult<IDataLoaderResult<TOut>>(async ct => next(await result.GetResultAsync(ct)));
}
