using System.Net;
using System.Net.Sockets;

namespace TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>
/// A loopback TCP proxy in front of the test server that cuts connections carrying large requests: either
/// part-way through sending the request (<see cref="DropMode.WhileSending"/>: the server never sees it whole)
/// or once the request has gone through and the answer starts (<see cref="DropMode.BeforeAnswer"/>: the
/// server has done the work, the client never hears). Small requests pass. One request per connection
/// (the client must not reuse connections) so that "large" is per request.
/// </summary>
internal sealed class DroppingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly DropMode _mode;
    private readonly int _largeBytes;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _dropped;

    public DroppingProxy(Uri target, DropMode mode, int largeBytes)
    {
        _target = target;
        _mode = mode;
        _largeBytes = largeBytes;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public enum DropMode
    {
        WhileSending,
        BeforeAnswer,
    }

    public string Uri => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public int Dropped => Volatile.Read(ref _dropped);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(_target.Host, _target.Port, _stop.Token);
                using var cut = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                var sent = 0;
                var up = Task.Run(async () =>
                {
                    var buffer = new byte[8192];
                    int read;
                    while ((read = await client.GetStream().ReadAsync(buffer, cut.Token)) > 0)
                    {
                        if (_mode == DropMode.WhileSending && sent + read > _largeBytes)
                        {
                            await server.GetStream().WriteAsync(buffer.AsMemory(0, Math.Max(0, _largeBytes - sent)), cut.Token);
                            Interlocked.Increment(ref _dropped);
                            await cut.CancelAsync();
                            return;
                        }

                        sent += read;
                        await server.GetStream().WriteAsync(buffer.AsMemory(0, read), cut.Token);
                    }
                });
                var down = Task.Run(async () =>
                {
                    var buffer = new byte[8192];
                    int read;
                    while ((read = await server.GetStream().ReadAsync(buffer, cut.Token)) > 0)
                    {
                        if (_mode == DropMode.BeforeAnswer && sent > _largeBytes)
                        {
                            Interlocked.Increment(ref _dropped);
                            await cut.CancelAsync();
                            return;
                        }

                        await client.GetStream().WriteAsync(buffer.AsMemory(0, read), cut.Token);
                    }
                });
                await Task.WhenAny(up, down);
                await cut.CancelAsync();
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // A cut connection is the point of this proxy.
            }

            // Closing both sockets now is what the client sees as a dropped connection.
            client.Client.LingerState = new LingerOption(true, 0);
        }
    }
}
