using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace TreatyGraph.Pages.Tests.Hosting;

/// <summary>
/// The API in this process on a real loopback port (Kestrel, not TestServer: a browser needs a socket), on a fresh
/// SQLite file loaded from seed-data at start. One for the assembly (owned by <see cref="Browsing.Chromium"/>): the
/// page tests only read.
/// </summary>
public sealed class PagesServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "treatygraph-pages-tests", Guid.NewGuid().ToString("N"));
    private HttpClient? _http;

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The site's files as the server sees them (src/TreatyGraph.Api/wwwroot).</summary>
    public string WebRoot => Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;

    /// <summary>A plain HTTP client for the same server, for asking the API what the pages should show.</summary>
    public HttpClient Http => _http ?? throw new InvalidOperationException("The server has not started.");

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a))
            .First(a => a.IsLoopback);
        BaseAddress = new Uri($"http://127.0.0.1:{address.Port}");
        _http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS's temp cleanup.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Sqlite:Path", Path.Combine(_directory, "treatygraph.db"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
    }
}
