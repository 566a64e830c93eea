using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TreatyGraph.Cli.Hosting;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Cli.Stores;

/// <summary>
/// A store opened from a <see cref="StoreLocation"/> through the CLI's usual hosting (<see cref="CliHost"/>):
/// the location sets <c>Graph:Provider</c> and the path or URI; the rest (Neo4j credentials, logging) comes
/// from options given here, else from appsettings.json and the environment (<c>Neo4j__User</c>, …).
/// </summary>
internal sealed class OpenStore : IAsyncDisposable
{
    private readonly IHost _host;

    private OpenStore(StoreLocation location, IHost host)
    {
        Location = location;
        _host = host;
    }

    public StoreLocation Location { get; }

    public IGraphStore Store => _host.Services.GetRequiredService<IGraphStore>();

    public static async Task<OpenStore> OpenAsync(StoreLocation location, Neo4jCredentials neo4j, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(neo4j);
        var settings = new Dictionary<string, string?>();
        if (location.Provider == StoreProvider.Neo4j)
        {
            settings["Graph:Provider"] = GraphOptions.Neo4j;
            settings["Neo4j:Uri"] = location.Target;
            Set(settings, "Neo4j:User", neo4j.User);
            Set(settings, "Neo4j:Password", neo4j.Password);
            Set(settings, "Neo4j:Database", neo4j.Database);
        }
        else
        {
            settings["Graph:Provider"] = GraphOptions.Sqlite;
            settings["Sqlite:Path"] = location.Target;
        }

        var open = new OpenStore(location, CliHost.Build(settings));
        try
        {
            await open.Store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return open;
        }
        catch
        {
            await open.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        _host.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Set(Dictionary<string, string?> settings, string key, string? value)
    {
        if (value is not null)
        {
            settings[key] = value;
        }
    }
}
