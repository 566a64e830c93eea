namespace TreatyGraph.Ingestion.Time.Recognition;

/// <summary>
/// A unit of time as lexicon.json describes it: its TIMEX3 letter (<c>D</c>, <c>W</c>, <c>M</c>, <c>Y</c>;
/// <c>H</c>, <c>M</c>, <c>S</c> after <c>T</c> when <see cref="Time"/>), how many of that letter it is
/// (a decade is 10 <c>Y</c>), and the letters used when the count is vague (<c>PXDE</c> for "decades").
/// </summary>
internal sealed record TimeUnit
{
    public required string Code { get; init; }

    public bool Time { get; init; }

    public int Factor { get; init; } = 1;

    public string? Vague { get; init; }

    public required string Plural { get; init; }
}
