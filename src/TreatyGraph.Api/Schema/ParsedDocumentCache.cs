using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace TreatyGraph.Api.Schema;

/// <summary>
/// Keeps documents that parsed and validated, keyed by their text, so that a repeated query skips parsing and
/// the spec's validation rules. Rules that depend on the request rather than the text (complexity, which reads
/// the variables; queries-only over GET) still run for cached documents. Bounded: when full, new documents are
/// simply not kept.
/// </summary>
internal sealed class ParsedDocumentCache : IConfigureExecution
{
    // The spec's rules only read the document and the schema: a document that passed them once passes again.
    private static readonly HashSet<IValidationRule> DocumentOnlyRules = [.. DocumentValidator.CoreRules];

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private long _hits;

    public ParsedDocumentCache(IOptions<GraphQLOptions> options)
    {
        _capacity = options.Value.DocumentCacheSize;
    }

    /// <summary>After the options configurations (100), which add the complexity rule to the validation rules.</summary>
    public float SortOrder => 200;

    public int Count => _documents.Count;

    /// <summary>Requests answered from a cached document since start (the benchmarks check it is used).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (_documents.TryGetValue(query, out var cached))
        {
            Interlocked.Increment(ref _hits);
            options.Document = cached;
            options.ValidationRules = RequestDependentRules(options);
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } parsed && _documents.Count < _capacity)
        {
            _documents.TryAdd(query, parsed);
        }

        return result;
    }

    /// <summary>
    /// The rules to run again on a cached document: those added beside the spec's rules (complexity) and those
    /// the request asked for cached documents (queries-only over GET), each once.
    /// </summary>
    private static List<IValidationRule> RequestDependentRules(ExecutionOptions options)
    {
        var rules = new List<IValidationRule>(4);
        foreach (var rule in options.ValidationRules ?? [])
        {
            if (!DocumentOnlyRules.Contains(rule) && !rules.Contains(rule))
            {
                rules.Add(rule);
            }
        }

        foreach (var rule in options.CachedDocumentValidationRules ?? [])
        {
            if (!rules.Contains(rule))
            {
                rules.Add(rule);
            }
        }

        return rules;
    }
}
