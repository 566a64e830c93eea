using TreatyGraph.Api.Security;
using TreatyGraph.Ingestion;

namespace TreatyGraph.Api.Ingest;

internal static class IngestRegistration
{
    /// <summary>
    /// <c>ingestArticle</c>'s services: the ingestion pipeline over the configured store, the API keys that guard
    /// mutations (<c>Api:Keys</c>) and the request body limit (<c>Api:MaxArticleBytes</c>).
    /// </summary>
    public static IHostApplicationBuilder AddIngestApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddIngestion(builder.Configuration);
        builder.Services.AddOptions<ApiKeyOptions>()
            .BindConfiguration(ApiKeyOptions.Section)
            .Validate(o => o.Keys.All(k => !string.IsNullOrWhiteSpace(k) && k.Trim() == k), "Api:Keys may not hold blank keys or keys with surrounding spaces.")
            .ValidateOnStart();
        builder.Services.AddOptions<ArticleUploadOptions>()
            .BindConfiguration(ArticleUploadOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ApiKeys>();
        return builder;
    }
}
