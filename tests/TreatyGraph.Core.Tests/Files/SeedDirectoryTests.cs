using TreatyGraph.Core.Files;

namespace TreatyGraph.Core.Tests.Files;

public sealed class SeedDirectoryTests
{
    [Fact]
    public void ConfiguredFolderIsUsedWhenItExists()
    {
        using var folder = new GraphFolder();

        Assert.Equal(folder.Path, SeedDirectory.Locate(folder.Path, []));
    }

    [Fact]
    public void ConfiguredFolderThatDoesNotExistIsAnError()
    {
        using var folder = new GraphFolder();
        var missing = Path.Combine(folder.Path, "nope");

        var ex = Assert.Throws<DirectoryNotFoundException>(() => SeedDirectory.Locate(missing, [folder.Path]));

        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WalksUpFromTheStartFoldersToASeedFolderWithEntities()
    {
        using var folder = new GraphFolder();
        folder.Write("seed-data/entities.jsonl", GraphFolder.Japan);
        folder.Write("a/seed-data/readme.txt", "not a seed folder: no entities.jsonl");
        var deep = Directory.CreateDirectory(Path.Combine(folder.Path, "a", "b", "c")).FullName;

        Assert.Equal(Path.Combine(folder.Path, "seed-data"), SeedDirectory.Locate(null, [deep]));
    }

    [Fact]
    public void NoSeedFolderAnywhereIsAnErrorThatSaysWhereItLooked()
    {
        using var folder = new GraphFolder();

        var ex = Assert.Throws<DirectoryNotFoundException>(() => SeedDirectory.Locate("  ", [folder.Path]));

        Assert.Contains(folder.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRepositorySeedFolderIsFoundFromTheTestBinaries()
    {
        var found = SeedDirectory.Locate(null);

        Assert.True(File.Exists(Path.Combine(found, GraphFiles.EntitiesFile)));
    }
}
