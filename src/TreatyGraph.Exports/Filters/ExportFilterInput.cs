namespace TreatyGraph.Exports.Filters;

/// <summary>
/// Export filters as a user typed them (query string or command line), before any checking. A list value may
/// be given several times, comma-separated, or both; null means the filter was not given.
/// </summary>
public sealed record ExportFilterInput
{
    public IReadOnlyList<string>? Participants { get; init; }

    public string? Match { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public IReadOnlyList<string>? Kinds { get; init; }

    public string? Status { get; init; }

    public string? AsOf { get; init; }

    /// <summary>The names of the filters that were given, for refusing those an export does not take.</summary>
    public IEnumerable<string> GivenParameters()
    {
        if (Participants is not null)
        {
            yield return ExportParameters.Participants;
        }

        if (Match is not null)
        {
            yield return ExportParameters.Match;
        }

        if (From is not null)
        {
            yield return ExportParameters.From;
        }

        if (To is not null)
        {
            yield return ExportParameters.To;
        }

        if (Kinds is not null)
        {
            yield return ExportParameters.Kinds;
        }

        if (Status is not null)
        {
            yield return ExportParameters.Status;
        }

        if (AsOf is not null)
        {
            yield return ExportParameters.AsOf;
        }
    }
}
