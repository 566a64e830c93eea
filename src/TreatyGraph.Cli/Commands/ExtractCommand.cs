using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Ingestion;
using TreatyGraph.Ingestion.Cleaning;
using TreatyGraph.Ingestion.Pipeline;

namespace TreatyGraph.Cli.Commands;

/// <summary><c>treatygraph extract FILE [--published YYYY-MM-DD] [--title T]</c>: prints what the pipeline reads from one article, as JSON.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The article: plain text, HTML, or JSON {title, published, url, publisher, text}." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) that relative dates resolve against; default: the document's own." };
        var title = new Option<string?>("--title") { Description = "The article's title." };
        var command = new Command("extract", "Print the entities, events and relations read from one article (JSON, extraction format v1).");
        command.Arguments.Add(file);
        command.Options.Add(published);
        command.Options.Add(title);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(file)!, parse.GetValue(published), parse.GetValue(title), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, string? published, string? title, CancellationToken cancellationToken)
    {
        var (input, code, error) = await ArticleFiles.ReadAsync(file, published, title, cancellationToken);
        if (input is null)
        {
            await Console.Error.WriteLineAsync(error);
            return code;
        }

        await using var services = Services();
        var ingestion = services.GetRequiredService<IngestionService>();
        try
        {
            var extraction = await ingestion.ExtractAsync(input, cancellationToken);
            foreach (var warning in extraction.Warnings)
            {
                await Console.Error.WriteLineAsync($"{file.Name}: {warning}");
            }

            await Console.Out.WriteLineAsync(extraction.Json);
            return ExitCodes.Ok;
        }
        catch (ArticleRejectedException ex)
        {
            await Console.Error.WriteLineAsync($"{file.Name}: {ex.Message} ({ex.Code})");
            return ExitCodes.DataError;
        }
    }

    private static ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddIngestion(configuration);
        return services.BuildServiceProvider();
    }
}
