namespace TreatyGraph.Core.Files;

/// <summary>Finds the curated <c>seed-data</c> folder that the API and <c>treatygraph seed</c> load.</summary>
public static class SeedDirectory
{
    public const string FolderName = "seed-data";

    /// <summary>
    /// The configured path (<c>Seed:Path</c>) when given, which must exist; otherwise the first
    /// <c>seed-data</c> folder holding <c>entities.jsonl</c> found walking up from the working directory,
    /// then from <see cref="AppContext.BaseDirectory"/>. Throws <see cref="DirectoryNotFoundException"/>
    /// saying where it looked.
    /// </summary>
    public static string Locate(string? configured) =>
        Locate(configured, [Environment.CurrentDirectory, AppContext.BaseDirectory]);

    internal static string Locate(string? configured, IReadOnlyList<string> startDirectories)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured);
            return Directory.Exists(full)
                ? full
                : throw new DirectoryNotFoundException($"The configured seed folder '{configured}' ({full}) does not exist.");
        }

        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, FolderName);
                if (File.Exists(Path.Combine(candidate, GraphFiles.EntitiesFile)))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No '{FolderName}' folder with {GraphFiles.EntitiesFile} found above {string.Join(" or ", startDirectories)}; set Seed:Path.");
    }
}
