using System.Text.Json;
using TreatyGraph.Cli.Commands;

namespace TreatyGraph.Cli.Tests.Generate;

/// <summary>One generated graph folder shared by the read-only checks of a test class, parsed once.</summary>
public sealed class GeneratedFolder : IAsyncLifetime
{
    public const int Scale = 4000;
    public const int Seed = 20261128;

    public DirectoryInfo Directory { get; } = new(Path.Combine(Path.GetTempPath(), "tg-generate-" + Guid.NewGuid().ToString("N")));

    public IReadOnlyList<JsonElement> Entities { get; private set; } = [];

    public IReadOnlyList<JsonElement> Events { get; private set; } = [];

    public IReadOnlyList<JsonElement> Relations { get; private set; } = [];

    public IReadOnlyList<JsonElement> Articles { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        var exit = await GenerateCommand.RunAsync(new GenerateRequest(Scale, Seed, Directory, false), TextWriter.Null, TextWriter.Null, CancellationToken.None);
        Assert.Equal(ExitCodes.Ok, exit);
        Entities = await ReadAsync("entities.jsonl");
        Events = await ReadAsync("events.jsonl");
        Relations = await ReadAsync("relations.jsonl");
        Articles = await ReadAsync("articles.jsonl");
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    private async Task<IReadOnlyList<JsonElement>> ReadAsync(string file)
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(Directory.FullName, file));
        return lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }
}
