using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using TreatyGraph.Api.Http;
using TreatyGraph.Api.Loading;

namespace TreatyGraph.Api.Schema;

internal static class GraphQLRegistration
{
    /// <summary>The schema, its limits, the per-request loaders and the <c>/graphql</c> endpoint's services.</summary>
    public static IHostApplicationBuilder AddGraphQLApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLOptions>()
            .BindConfiguration(GraphQLOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddSingleton<GraphQLHttpRequestReader>();
        builder.Services.AddSingleton<GraphQLHttpResponseWriter>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<TreatyGraphSchema>()
            .AddGraphTypes(typeof(TreatyGraphSchema).Assembly)
            // Japanese and Russian names stay readable in responses instead of becoming \u escapes.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddComplexityAnalyzer((complexity, services) =>
            {
                var options = services.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                complexity.MaxDepth = options.MaxDepth;
                complexity.MaxComplexity = options.MaxComplexity;
            })
            .AddErrorInfoProvider((errors, services) =>
                errors.ExposeExceptionDetails = services.GetRequiredService<IHostEnvironment>().IsDevelopment())
            .ConfigureExecutionOptions(execution =>
            {
                var options = execution.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                execution.Timeout = options.ExecutionTimeout;
                execution.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            })
            .ConfigureExecution<ParsedDocumentCache>()
            .AddUnhandledExceptionHandler(InputExceptions.Translate));
        return builder;
    }

    public static WebApplication MapGraphQLApi(this WebApplication app)
    {
        app.MapGraphQLEndpoint();
        return app;
    }
}
