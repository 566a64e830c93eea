namespace TreatyGraph.Api.Security;

/// <summary>Who may change the graph (section <c>Api</c>): the keys a mutation must carry.</summary>
internal sealed class ApiKeyOptions
{
    public const string Section = "Api";

    /// <summary>
    /// Accepted keys (<c>Api:Keys:0</c>, <c>Api:Keys:1</c>, ... or <c>Api__Keys__0</c> in the environment). None by
    /// default: then every mutation is refused, so a fresh install serves reads only.
    /// </summary>
    public IList<string> Keys { get; } = [];
}
