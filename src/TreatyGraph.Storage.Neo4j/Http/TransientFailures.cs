using System.Net;
using System.Text.Json;
using Polly;
using Polly.Timeout;

namespace TreatyGraph.Storage.Neo4j.Http;

/// <summary>
/// What the retry handler retries: the connection failing (refused, reset), a timed-out attempt, 5xx, 408/429,
/// and any response whose <c>errors[]</c> holds a <c>Neo.TransientError.*</c> (those come with 200 on the
/// transactional endpoint). Client errors never are: the same request would fail the same way. Retrying a
/// write is safe because a failed transaction is rolled back and applying a batch twice changes nothing.
/// </summary>
internal static class TransientFailures
{
    public static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result;
        if (response is null)
        {
            return false;
        }

        var status = (int)response.StatusCode;
        if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        return await HasTransientErrorAsync(response).ConfigureAwait(false);
    }

    private static async Task<bool> HasTransientErrorAsync(HttpResponseMessage response)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Buffered so that the caller can still read the body when the answer is "do not retry".
        await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!text.Contains("Neo.TransientError.", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return ResponseBody.Errors(document.RootElement)
                .Any(e => e.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
