using GraphQL;
using GraphQL.DI;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TreatyGraph.Api.Hosting;
using TreatyGraph.Api.Schema;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Benchmarks.Suites;

/// <summary>
/// The API's own GraphQL services (schema, limits, loaders, serializer) over a database, without HTTP:
/// a query runs through the document executer in a request scope and is serialized to JSON, as the
/// endpoint does, but no socket or middleware is involved.
/// </summary>
internal sealed class InProcessGraphQL : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IDocumentExecuter<TreatyGraphSchema> _executer;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly ParsedDocumentCache _documents;
    private long _executions;

    private InProcessGraphQL(WebApplication app)
    {
        _app = app;
        _documents = app.Services.GetServices<IConfigureExecution>().OfType<ParsedDocumentCache>().Single();
        _executer = app.Services.GetRequiredService<IDocumentExecuter<TreatyGraphSchema>>();
        _serializer = app.Services.GetRequiredService<IGraphQLTextSerializer>();
        Store = app.Services.GetRequiredService<IGraphStore>();
    }

    public IGraphStore Store { get; }

    /// <summary>Share of the executions so far that were answered from a cached, already validated document.</summary>
    public double DocumentCacheHitRate => _executions == 0 ? double.NaN : (double)_documents.Hits / Interlocked.Read(ref _executions);

    public static async Task<InProcessGraphQL> StartAsync(string databasePath, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:Provider"] = "Sqlite",
            ["Sqlite:Path"] = databasePath,
            ["Seed:OnStartup"] = "false",
        });
        builder.AddGraphStore();
        builder.AddGraphQLApi();
        var app = builder.Build();
        await app.Services.GetRequiredService<IGraphStore>().InitializeAsync(cancellationToken);
        return new InProcessGraphQL(app);
    }

    /// <summary>Runs a query and returns its JSON; throws when the answer has errors, so a broken query never passes as fast.</summary>
    public async Task<string> ExecuteAsync(string query, string variablesJson, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _executions);
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = _serializer.Deserialize<Inputs>(variablesJson),
            RequestServices = scope.ServiceProvider,
            CancellationToken = cancellationToken,
        });
        var json = _serializer.Serialize(result);
        if (result.Errors is { Count: > 0 })
        {
            throw new InvalidOperationException($"GraphQL errors: {json}");
        }

        return json;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
