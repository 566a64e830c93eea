using System.Text;

namespace TreatyGraph.Api.Tests.Exports;

/// <summary>The whole-graph export reaches the client while the store is still being read, not after.</summary>
public sealed class ExportStreamingTests(StreamingExportApi api) : IClassFixture<StreamingExportApi>
{
    [Fact]
    public async Task GraphMlEntityNodesArriveBeforeTheEventScanHasEvenStarted()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/export/graphml", HttpCompletionOption.ResponseHeadersRead, cancel);
        await using var body = await response.Content.ReadAsStreamAsync(cancel);

        // The event scan is held shut: the entity nodes can only be here if they were sent before the export finished.
        var received = await ReadUntilAsync(body, "<node id=\"territory:habomai-islands\"", TimeSpan.FromSeconds(60), cancel);
        api.Release();
        var rest = await new StreamReader(body).ReadToEndAsync(cancel);

        Assert.Contains("<node id=\"territory:habomai-islands\"", received, StringComparison.Ordinal);
        Assert.DoesNotContain("<node id=\"event:", received, StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.EndsWith("</graphml>", (received + rest).TrimEnd(), StringComparison.Ordinal);
    }

    private static async Task<string> ReadUntilAsync(Stream body, string marker, TimeSpan patience, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(patience);
        var text = new StringBuilder();
        var buffer = new byte[16 * 1024];
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[buffer.Length];
        while (!text.ToString().Contains(marker, StringComparison.Ordinal))
        {
            var read = await body.ReadAsync(buffer, timeout.Token);
            Assert.NotEqual(0, read);
            var count = decoder.GetChars(buffer, 0, read, chars, 0);
            text.Append(chars, 0, count);
        }

        return text.ToString();
    }
}
