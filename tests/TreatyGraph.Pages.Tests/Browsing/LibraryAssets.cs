using System.Text.RegularExpressions;

namespace TreatyGraph.Pages.Tests.Browsing;

/// <summary>The npm-built files under wwwroot/lib that the pages load, read from the pages' own HTML.</summary>
internal static partial class LibraryAssets
{
    public static List<string> Missing(string webRoot)
    {
        var referenced = Directory.EnumerateFiles(Path.Combine(webRoot, "pages"), "*.html")
            .SelectMany(page => LibraryReference().Matches(File.ReadAllText(page)).Select(m => m.Groups["path"].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(referenced);
        return [.. referenced.Where(path => !File.Exists(Path.Combine(webRoot, path.TrimStart('/'))))];
    }

    [GeneratedRegex("(?:src|href)=\"(?<path>/lib/[^\"]+)\"")]
    private static partial Regex LibraryReference();
}
