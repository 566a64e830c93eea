using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Neo4j.Http;

namespace TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>Builds the store as the hosts do (through <c>AddNeo4jGraphStore</c>), against the test server or a fake.</summary>
internal sealed class Neo4jStores : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private Neo4jTestLock? _lock;

    private Neo4jStores(ServiceProvider services) => _services = services;

    public IGraphStore Store => _services.GetRequiredService<IGraphStore>();

    internal Neo4jClient Client => _services.GetRequiredService<Neo4jClient>();

    public static Neo4jStores Create(
        string uri,
        string? user = null,
        string? password = null,
        Action<IHttpClientBuilder>? http = null,
        IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = uri,
            ["Neo4j:User"] = user,
            ["Neo4j:Password"] = password,
            ["Neo4j:RetryDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging().AddNeo4jGraphStore(configuration);
        http?.Invoke(services.AddHttpClient(Neo4jClient.HttpClientName));
        return new Neo4jStores(services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>
    /// A store on the real test server, emptied and with its schema in place; the server is the caller's
    /// alone (<see cref="Neo4jTestLock"/>) until this is disposed.
    /// </summary>
    public static async Task<Neo4jStores> OnTestServerAsync(Action<IHttpClientBuilder>? http = null, IDictionary<string, string?>? settings = null)
    {
        Neo4jTestServer.Require();
        var held = await Neo4jTestLock.AcquireAsync(CancellationToken.None);
        var stores = Create(Neo4jTestServer.Uri, Neo4jTestServer.User, Neo4jTestServer.Password, http, settings);
        stores._lock = held;
        await stores.Client.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n"), CancellationToken.None);
        await stores.Store.InitializeAsync();
        return stores;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _lock?.Dispose();
    }
}
