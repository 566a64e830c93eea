using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace TreatyGraph.Api.Tests.Infrastructure;

/// <summary>
/// The API over HTTP on a fresh SQLite file of its own, loaded with the real seed data at start. One per
/// test class (as a class fixture), so classes never see each other's data.
/// </summary>
public class TreatyGraphApi : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "treatygraph-api-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_directory, "treatygraph.db");

    /// <summary>Development unless a fixture says otherwise (exception details depend on it).</summary>
    protected virtual string Environment => "Development";

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS's temp cleanup; the next run uses a new folder.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment(Environment);
        builder.UseSetting("Sqlite:Path", DatabasePath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(ConfigureServices);
    }

    /// <summary>Extra configuration for a fixture, applied before the app registers its services.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings() => [];

    /// <summary>Service replacements for a fixture (store decorators, a browser page).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }
}
