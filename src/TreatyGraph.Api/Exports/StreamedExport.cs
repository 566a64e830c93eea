using Serilog;

namespace TreatyGraph.Api.Exports;

/// <summary>
/// Sends an export as it is written: headers first, no Content-Length (so Kestrel sends it chunked), then the body
/// flushed chunk by chunk by the exporter. Once the body has begun the status cannot change, so a failure halfway
/// aborts the connection: the client sees a broken download, never a complete-looking truncated file.
/// </summary>
internal sealed class StreamedExport(string mediaType, string fileName, bool attachment, Func<Stream, CancellationToken, Task> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = mediaType;
        response.Headers.ContentDisposition = $"{(attachment ? "attachment" : "inline")}; filename=\"{fileName}\"";
        response.Headers.CacheControl = "no-store";
        var cancellationToken = httpContext.RequestAborted;
        try
        {
            await response.StartAsync(cancellationToken);
            await write(response.Body, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception ex) when (response.HasStarted)
        {
            Log.ForContext<StreamedExport>().Error(ex, "Export {ExportFile} failed after it began; aborting the response", fileName);
            httpContext.Abort();
        }
    }
}
