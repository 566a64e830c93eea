using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TreatyGraph.Benchmarks.Measuring;

namespace TreatyGraph.Benchmarks.Http;

/// <summary>
/// The real API in its own process on loopback, over a cached database: what HTTP clients meet, and a
/// process of its own so that its peak RSS is the API's alone. It runs with its shipped configuration
/// (Production, the request log at Information through the asynchronous console sink), its output going
/// to a file as a container's would go to the log collector; seeding is off (the database is already full).
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public long? PeakRssBytes => PeakMemory.PeakRssBytes(_process.Id);

    /// <summary>Starts the API; <paramref name="settings"/> are extra configuration keys (environment form, <c>A__B</c>).</summary>
    public static async Task<ApiProcess> StartAsync(
        string apiDll,
        string databasePath,
        string logPath,
        IReadOnlyDictionary<string, string> settings,
        CancellationToken cancellationToken)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logPath))!);

        // exec keeps the PID (its VmHWM is the API's), and the shell's redirection costs the benchmark nothing per line.
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", "exec dotnet \"$0\" --urls \"$1\" >> \"$2\" 2>&1", apiDll, address.ToString(), Path.GetFullPath(logPath) },
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Graph__Provider"] = "Sqlite";
        start.Environment["Sqlite__Path"] = databasePath;
        start.Environment["Seed__OnStartup"] = "false";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the API");

        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the API exited with code {process.ExitCode} before it was ready; its output is in {logPath}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return new ApiProcess(process, address);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(200, cancellationToken);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("the API did not answer /healthz within 3 minutes");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
