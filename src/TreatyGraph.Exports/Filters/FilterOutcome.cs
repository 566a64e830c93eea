namespace TreatyGraph.Exports.Filters;

/// <summary>Either a checked selection (and no errors) or every reason the filters were refused.</summary>
public sealed record FilterOutcome<T>(T? Selection, IReadOnlyList<FilterError> Errors)
    where T : class
{
    public bool IsValid => Selection is not null && Errors.Count == 0;
}
