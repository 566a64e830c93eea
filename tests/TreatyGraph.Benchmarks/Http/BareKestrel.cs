using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TreatyGraph.Benchmarks.Http;

/// <summary>
/// The HTTP baseline: Kestrel with one POST endpoint that reads the request body and answers a fixed JSON
/// document of the same shape and size as the API's answer to the small query. Whatever the API does
/// beyond this is GraphQL, the store and our middleware. It runs in a process of its own, like the API
/// (<see cref="ApiProcess.StartBareKestrelAsync"/>): <c>TreatyGraph.Benchmarks.dll --serve-bare-kestrel ANSWER URL</c>.
/// </summary>
internal static class BareKestrel
{
    public const string ServeArgument = "--serve-bare-kestrel";

    public static async Task ServeAsync(string answerFile, Uri address)
    {
        var answer = await File.ReadAllBytesAsync(answerFile);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, address.Port));
        var app = builder.Build();
        app.MapGet("/healthz", () => "Healthy");
        app.MapPost("/graphql", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            context.Response.ContentType = "application/graphql-response+json";
            await context.Response.Body.WriteAsync(answer, context.RequestAborted);
        });
        await app.RunAsync();
    }
}
