using Microsoft.Extensions.FileProviders;

namespace TreatyGraph.Api.Pages;

/// <summary>Sends a page's HTML from wwwroot/pages with the pages' security headers.</summary>
internal sealed class PageFiles(IWebHostEnvironment environment)
{
    private readonly IFileProvider _files = environment.WebRootFileProvider;

    public async Task SendAsync(HttpContext context, string name)
    {
        var file = _files.GetFileInfo($"pages/{name}");
        if (!file.Exists)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PageEndpoints.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.SendFileAsync(file, context.RequestAborted);
    }
}
