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
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Graph__Provider"] = "Sqlite",
            ["Sqlite__Path"] = databasePath,
            ["Seed__OnStartup"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return await LaunchAsync("the API", [apiDll, "--urls", address.ToString()], environment, address, logPath, cancellationToken);
    }

    /// <summary>
    /// The HTTP baseline (<see cref="BareKestrel"/>) in a process of its own, started and reached exactly as the API
    /// is, so that the two differ only in what they do per request and not in where they run.
    /// </summary>
    public static async Task<ApiProcess> StartBareKestrelAsync(byte[] answer, string logPath, CancellationToken cancellationToken)
    {
        var answerFile = Path.ChangeExtension(Path.GetFullPath(logPath), ".answer.json");
        Directory.CreateDirectory(Path.GetDirectoryName(answerFile)!);
        await File.WriteAllBytesAsync(answerFile, answer, cancellationToken);
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var benchmarks = typeof(ApiProcess).Assembly.Location;
        return await LaunchAsync(
            "bare Kestrel",
            [benchmarks, BareKestrel.ServeArgument, answerFile, address.ToString()],
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            address,
            logPath,
            cancellationToken);
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

    private static async Task<ApiProcess> LaunchAsync(
        string what,
        IReadOnlyList<string> dotnetArguments,
        IReadOnlyDictionary<string, string> environment,
        Uri address,
        string logPath,
        CancellationToken cancellationToken)
    {
        var log = Path.GetFullPath(logPath);
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);

        // exec keeps the PID (its VmHWM is the server's), and the shell's redirection costs the benchmark nothing per line.
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", "log=\"$0\"; exec dotnet \"$@\" >> \"$log\" 2>&1", log },
            WorkingDirectory = Path.GetDirectoryName(dotnetArguments[0])!,
            UseShellExecute = false,
        };
        foreach (var argument in dotnetArguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {what}");

        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{what} exited with code {process.ExitCode} before it was ready; its output is in {log}");
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
        throw new TimeoutException($"{what} did not answer /healthz within 3 minutes");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
