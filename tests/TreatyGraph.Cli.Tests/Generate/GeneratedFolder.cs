using TreatyGraph.Cli.Commands;
using TreatyGraph.Core.Files;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Cli.Tests.Generate;

/// <summary>One generated graph folder, read back through <see cref="GraphFiles"/> once for the checks of a test class.</summary>
public sealed class GeneratedFolder : IAsyncLifetime
{
    public const int Scale = 4000;
    public const int Seed = 20261128;

    public DirectoryInfo Directory { get; } = new(Path.Combine(Path.GetTempPath(), "tg-generate-" + Guid.NewGuid().ToString("N")));

    public GraphBatch Graph { get; private set; } = GraphBatch.Empty;

    public async ValueTask InitializeAsync()
    {
        var exit = await GenerateCommand.RunAsync(new GenerateRequest(Scale, Seed, Directory, false), TextWriter.Null, TextWriter.Null, CancellationToken.None);
        Assert.Equal(ExitCodes.Ok, exit);
        Graph = await GraphFiles.ReadAsync(Directory.FullName, CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
