using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Storage.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded SQLite store as the singleton <see cref="IGraphStore"/>, with
    /// <see cref="SqliteOptions"/> bound from the <c>Sqlite</c> section and validated on start.
    /// </summary>
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SqliteOptions>()
            .Bind(configuration.GetSection(SqliteOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SqliteGraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return services;
    }
}
