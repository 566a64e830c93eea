using System.Globalization;
using GraphQL;
using GraphQL.Types;
using TreatyGraph.Api.Schema;
using TreatyGraph.Ingestion.Cleaning;
using TreatyGraph.Ingestion.Pipeline;

namespace TreatyGraph.Api.Ingest;

/// <summary>
/// <c>ingestArticle(input)</c>: the same <see cref="IngestionService"/> as <c>treatygraph ingest</c>, against the
/// configured store, one batch per article. Only callers with an API key get here (<c>MutationsNeedApiKey</c>).
/// Unusable input is a <c>BAD_USER_INPUT</c> error and nothing is stored.
/// </summary>
internal static class IngestMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<IngestResultType>>("ingestArticle")
            .Description("Reads an article into the graph: entities, events and relations with the sentences they came from, merged with what the graph holds. The same text again changes nothing.")
            .Argument<NonNullGraphType<ArticleInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = ToArticle(c.GetArgument<IngestInput>("input"));
                try
                {
                    return await c.RequestServices!.GetRequiredService<IngestionService>().IngestAsync(input, c.CancellationToken);
                }
                catch (ArticleRejectedException ex)
                {
                    throw GraphInputError.BadInput($"The article was refused ({ex.Code}): {ex.Message} Nothing was stored.", ex);
                }
            });
    }

    private static ArticleInput ToArticle(IngestInput input) => new(input.Text)
    {
        Title = Blank(input.Title) ? null : input.Title!.Trim(),
        Published = Day(input.Published),
        Url = Url(input.Url),
        Publisher = Blank(input.Publisher) ? null : input.Publisher!.Trim(),
    };

    private static DateOnly? Day(string? published)
    {
        if (Blank(published))
        {
            return null;
        }

        return DateOnly.TryParseExact(published!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw GraphInputError.BadInput($"'published' is not a day: '{published}'. Give YYYY-MM-DD, a day that exists (e.g. 2018-11-22).");
    }

    private static string? Url(string? url)
    {
        if (Blank(url))
        {
            return null;
        }

        return Uri.TryCreate(url!.Trim(), UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)
            ? parsed.ToString()
            : throw GraphInputError.BadInput($"'url' is not an absolute http or https URL: '{url}'.");
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
