using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Api.Tests.Infrastructure;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Tests.Exports;

/// <summary>
/// The API whose store, asked to scan events, stops before the first one until <see cref="Release"/>: whatever the
/// client has received by then was sent while the export was still reading.
/// </summary>
public sealed class StreamingExportApi : TreatyGraphApi
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.DecorateGraphStore(inner => new GatedStore(inner, _gate.Task));

    private sealed class GatedStore(IGraphStore inner, Task gate) : DelegatingGraphStore(inner)
    {
        public override async IAsyncEnumerable<Event> ScanEventsAsync(string? afterId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await gate.WaitAsync(cancellationToken);
            await foreach (var e in base.ScanEventsAsync(afterId, cancellationToken))
            {
                yield return e;
            }
        }
    }
}
