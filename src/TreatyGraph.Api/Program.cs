using TreatyGraph.Api.Exports;
using TreatyGraph.Api.Health;
using TreatyGraph.Api.Hosting;
using TreatyGraph.Api.Ingest;
using TreatyGraph.Api.Pages;
using TreatyGraph.Api.Schema;

var builder = WebApplication.CreateBuilder(args);
builder.AddRequestLogging();   // Serilog, configured in appsettings.json
builder.AddGraphStore();       // Graph:Provider picks the store: Sqlite (default) or Neo4j
builder.AddStoreStartup();     // create the schema, load seed-data into an empty store (Seed:*)
builder.AddGraphQLApi();       // schema, limits, batched loaders, the /graphql endpoint
builder.AddIngestApi();        // ingestArticle: the ingestion pipeline, API keys (Api:Keys), body limit (Api:MaxArticleBytes)
builder.AddHealth();           // /healthz (alive) and /readyz (store initialized and reachable)
builder.AddPages();            // /, /timeline, /connections and GraphiQL at /graphql for browsers

var app = builder.Build();
app.UseRequestLogging();
app.MapGraphQLApi();
app.MapHealth();
app.MapExports();              // /export/timelinejs, /export/graphml, /export/csv (streamed)
app.MapPages();                // the pages and their locally served browser libraries
app.AnnounceUrls();
await app.RunAsync();

/// <summary>The API host; public so that WebApplicationFactory can start it in tests.</summary>
public partial class Program;
