using TreatyGraph.Exports.Filters;

namespace TreatyGraph.Api.Exports;

/// <summary>The 400 answer to bad export filters: problem+json whose <c>errors</c> name each parameter with its reasons.</summary>
internal static class ExportProblem
{
    public const string Code = "BAD_USER_INPUT";

    public static IResult For(IEnumerable<FilterError> errors)
    {
        var byParameter = errors
            .GroupBy(e => e.Parameter, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray(), StringComparer.Ordinal);
        return Results.ValidationProblem(
            byParameter,
            detail: string.Join(" ", byParameter.Select(p => $"{p.Key}: {string.Join(" ", p.Value)}")),
            title: "The export filters cannot be used.",
            extensions: new Dictionary<string, object?> { ["code"] = Code });
    }
}
