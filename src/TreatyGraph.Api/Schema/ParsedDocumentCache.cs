using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace TreatyGraph.Api.Schema;

/// <summary>
/// Keeps documents that parsed and validated, keyed by their text, so that a repeated query skips both.
/// Rules that depend on variables (complexity, GET) still run for cached documents. Bounded: when full, new
/// documents are simply not kept.
/// </summary>
internal sealed class ParsedDocumentCache : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public ParsedDocumentCache(IOptions<GraphQLOptions> options)
    {
        _capacity = options.Value.DocumentCacheSize;
    }

    public float SortOrder => 200;

    public int Count => _documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (_documents.TryGetValue(query, out var cached))
        {
            options.Document = cached;
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } parsed && _documents.Count < _capacity)
        {
            _documents.TryAdd(query, parsed);
        }

        return result;
    }
}
