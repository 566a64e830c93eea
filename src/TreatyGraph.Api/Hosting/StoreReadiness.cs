namespace TreatyGraph.Api.Hosting;

/// <summary>Set once the store's schema exists and any seed data is in: until then the service is not ready.</summary>
internal sealed class StoreReadiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void MarkReady() => _ready = true;
}
