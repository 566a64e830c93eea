namespace TreatyGraph.Ingestion.Time.Normalisation;

/// <summary>
/// Picks the year of a date given without one ("June", "March 22", "last summer", "the end of the year")
/// from the anchor day: the last or next one when the words say so, else by tense (news: the past tense
/// means the latest one not after the anchor, the future the earliest one not before it), else the one
/// nearest the anchor.
/// </summary>
internal static class YearPosition
{
    public static int Resolve(PositionInYear position, char mark, Tense tense, DateOnly anchor)
    {
        var candidates = Enumerable.Range(anchor.Year - 2, 5)
            .Select(y => (Year: y, Range: position.Range(y)))
            .ToList();
        bool Contains((DateOnly First, DateOnly Last) r) => r.First <= anchor && anchor <= r.Last;

        return mark switch
        {
            '<' => candidates.Last(c => c.Range.Last < anchor).Year,
            '>' => candidates.First(c => c.Range.First > anchor).Year,
            '=' => candidates.FirstOrDefault(c => Contains(c.Range)) is { Year: > 0 } inside ? inside.Year : anchor.Year,
            _ => tense switch
            {
                Tense.Past or Tense.PastPerfect => candidates.Last(c => c.Range.First <= anchor).Year,
                Tense.Future => candidates.First(c => c.Range.Last >= anchor).Year,
                _ => candidates.MinBy(c => Distance(c.Range, anchor)).Year,
            },
        };
    }

    private static int Distance((DateOnly First, DateOnly Last) range, DateOnly day) =>
        day < range.First ? range.First.DayNumber - day.DayNumber
        : day > range.Last ? day.DayNumber - range.Last.DayNumber
        : 0;
}
