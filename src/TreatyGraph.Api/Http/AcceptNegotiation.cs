using Microsoft.Net.Http.Headers;

namespace TreatyGraph.Api.Http;

/// <summary>
/// Picks the response media type from the <c>Accept</c> header (RFC 9110 12.5.1): each candidate gets the
/// quality of the most specific range that matches it; the highest quality wins, ties go to
/// <c>application/graphql-response+json</c>. No <c>Accept</c> header means <c>application/graphql-response+json</c>.
/// </summary>
internal static class AcceptNegotiation
{
    private static readonly string[] ResponseTypes = [GraphQLMediaTypes.GraphQLResponse, GraphQLMediaTypes.Json];

    /// <summary>The media type to answer in, or null when the client accepts none of ours (406).</summary>
    public static string? ResponseMediaType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return GraphQLMediaTypes.GraphQLResponse;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var candidate in ResponseTypes)
        {
            var quality = Quality(accept, candidate, allowWildcards: true);
            if (quality > bestQuality)
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>
    /// True when the client names HTML itself (not just <c>*/*</c>) at least as highly as any JSON type: a
    /// browser's address bar, not a GraphQL client.
    /// </summary>
    public static bool PrefersHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        var html = Quality(accept, GraphQLMediaTypes.Html, allowWildcards: false);
        return html > 0 && ResponseTypes.All(t => Quality(accept, t, allowWildcards: true) <= html);
    }

    private static double Quality(IList<MediaTypeHeaderValue> accept, string candidate, bool allowWildcards)
    {
        var slash = candidate.IndexOf('/', StringComparison.Ordinal);
        var type = candidate[..slash];
        var subtype = candidate[(slash + 1)..];
        var specificity = -1;
        double quality = 0;
        foreach (var range in accept)
        {
            var rangeType = range.Type.Value ?? string.Empty;
            var rangeSubtype = range.SubType.Value ?? string.Empty;
            int match;
            if (string.Equals(rangeType, type, StringComparison.OrdinalIgnoreCase)
                && string.Equals(rangeSubtype, subtype, StringComparison.OrdinalIgnoreCase))
            {
                match = 2;
            }
            else if (allowWildcards && string.Equals(rangeType, type, StringComparison.OrdinalIgnoreCase) && rangeSubtype == "*")
            {
                match = 1;
            }
            else if (allowWildcards && rangeType == "*" && rangeSubtype == "*")
            {
                match = 0;
            }
            else
            {
                continue;
            }

            // We only write UTF-8; a range that insists on another charset does not match.
            if (range.Charset.HasValue && !string.Equals(range.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (match > specificity)
            {
                specificity = match;
                quality = range.Quality ?? 1;
            }
        }

        return quality;
    }
}
