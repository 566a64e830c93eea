using System.Text.RegularExpressions;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Examples;

/// <summary>
/// The example queries of README.md, taken from the README itself: each is the GraphQL text inside the
/// <c>--data-urlencode 'query=...'</c> of the curl command after an <c>&lt;!-- example: NAME --&gt;</c> marker.
/// </summary>
public static partial class ReadmeExamples
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Queries = new(Load);

    public static string Query(string name) =>
        Queries.Value.TryGetValue(name, out var query)
            ? query
            : throw new KeyNotFoundException($"README.md has no example marked '<!-- example: {name} -->'.");

    public static IReadOnlyCollection<string> Names => [.. Queries.Value.Keys];

    private static Dictionary<string, string> Load()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        return ExamplePattern().Matches(readme).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["query"].Value.Trim());
    }

    [GeneratedRegex(@"<!-- example: (?<name>[a-z-]+) -->\s*```bash\s*curl [^\n']*--data-urlencode 'query=(?<query>[^']*)'\s*```")]
    private static partial Regex ExamplePattern();
}
