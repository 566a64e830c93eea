using Microsoft.Extensions.Primitives;
using TreatyGraph.Exports.Filters;

namespace TreatyGraph.Api.Exports;

/// <summary>
/// Reads export filters from a query string: list filters may repeat or hold commas, single ones may appear once.
/// A parameter the export does not know is refused by name, so that a typo (<c>participant=</c>) never silently
/// exports everything.
/// </summary>
internal static class ExportQuery
{
    public static (ExportFilterInput Input, List<FilterError> Errors) Read(IQueryCollection query, IReadOnlyCollection<string> accepted)
    {
        var errors = new List<FilterError>();
        foreach (var (name, _) in query)
        {
            if (!accepted.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(new FilterError(name, $"not a parameter of this export, which takes {string.Join(", ", accepted)}."));
            }
        }

        // Only the accepted filters are read: the others were refused above, once.
        string? One(string name) => accepted.Contains(name) ? Single(query, name, errors) : null;
        string[]? Many(string name) => accepted.Contains(name) ? List(query, name) : null;
        var input = new ExportFilterInput
        {
            Participants = Many(ExportParameters.Participants),
            Match = One(ExportParameters.Match),
            From = One(ExportParameters.From),
            To = One(ExportParameters.To),
            Kinds = Many(ExportParameters.Kinds),
            Status = One(ExportParameters.Status),
            AsOf = One(ExportParameters.AsOf),
        };
        return (input, errors);
    }

    public static string? Single(IQueryCollection query, string name, List<FilterError> errors)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            errors.Add(new FilterError(name, "given more than once; it takes one value."));
        }

        return values[0] ?? string.Empty;
    }

    private static string[]? List(IQueryCollection query, string name) =>
        query.TryGetValue(name, out StringValues values) ? [.. values.Select(v => v ?? string.Empty)] : null;
}
