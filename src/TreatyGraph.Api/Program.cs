var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok());
await app.RunAsync();

/// <summary>The API host; public so that WebApplicationFactory can start it in tests.</summary>
public partial class Program;
