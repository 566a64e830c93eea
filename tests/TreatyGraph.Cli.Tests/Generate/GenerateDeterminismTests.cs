using System.Security.Cryptography;
using TreatyGraph.Cli.Commands;

namespace TreatyGraph.Cli.Tests.Generate;

public sealed class GenerateDeterminismTests : IDisposable
{
    private static readonly string[] Files = ["entities.jsonl", "events.jsonl", "relations.jsonl", "articles.jsonl"];
    private readonly List<DirectoryInfo> _folders = [];

    [Fact]
    public async Task SameSeedWritesByteIdenticalFiles()
    {
        var first = await GenerateAsync(3000, 7);
        var second = await GenerateAsync(3000, 7);

        foreach (var file in Files)
        {
            Assert.Equal(await HashAsync(first, file), await HashAsync(second, file));
        }
    }

    [Fact]
    public async Task DifferentSeedWritesADifferentGraph()
    {
        var first = await GenerateAsync(3000, 7);
        var second = await GenerateAsync(3000, 8);

        foreach (var file in Files)
        {
            Assert.NotEqual(await HashAsync(first, file), await HashAsync(second, file));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(999)]
    [InlineData(12_345)]
    public async Task WritesExactlyTheRequestedNumberOfFacts(int scale)
    {
        var folder = await GenerateAsync(scale, 3);

        var events = (await File.ReadAllLinesAsync(Path.Combine(folder.FullName, "events.jsonl"), TestContext.Current.CancellationToken)).Length;
        var relations = (await File.ReadAllLinesAsync(Path.Combine(folder.FullName, "relations.jsonl"), TestContext.Current.CancellationToken)).Length;
        Assert.Equal(scale, events + relations);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(100, true)]
    public async Task RejectsAScaleBelowOneOrBothOutputs(int scale, bool intoStoreToo)
    {
        var stderr = new StringWriter();
        var folder = NewFolder();

        var exit = await GenerateCommand.RunAsync(new GenerateRequest(scale, 1, folder, intoStoreToo), TextWriter.Null, stderr, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.NotEmpty(stderr.ToString());
        Assert.False(folder.Exists);
    }

    public void Dispose()
    {
        foreach (var folder in _folders.Where(f => Directory.Exists(f.FullName)))
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<DirectoryInfo> GenerateAsync(int scale, int seed)
    {
        var folder = NewFolder();
        var exit = await GenerateCommand.RunAsync(new GenerateRequest(scale, seed, folder, false), TextWriter.Null, TextWriter.Null, TestContext.Current.CancellationToken);
        Assert.Equal(ExitCodes.Ok, exit);
        return folder;
    }

    private DirectoryInfo NewFolder()
    {
        var folder = new DirectoryInfo(Path.Combine(Path.GetTempPath(), "tg-generate-" + Guid.NewGuid().ToString("N")));
        _folders.Add(folder);
        return folder;
    }

    private static async Task<string> HashAsync(DirectoryInfo folder, string file)
    {
        await using var stream = File.OpenRead(Path.Combine(folder.FullName, file));
        return Convert.ToHexString(await SHA256.HashDataAsync(stream, TestContext.Current.CancellationToken));
    }
}
