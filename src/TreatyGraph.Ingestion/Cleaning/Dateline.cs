using System.Globalization;
using System.Text.RegularExpressions;

namespace TreatyGraph.Ingestion.Cleaning;

/// <summary>
/// A wire-style dateline at the start of a paragraph: "TOKYO, Nov. 2 --" or "SAN FRANCISCO, Sept. 8, 2021 —".
/// <see cref="City"/> is the place as written (upper case), <see cref="Start"/>/<see cref="End"/> cover the whole
/// dateline, <see cref="CityEnd"/> the city.
/// </summary>
internal sealed partial record Dateline(int Start, int End, int CityEnd, string City, int? Month, int? Day, int? Year)
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The city in title case ("San Francisco").</summary>
    public string CityName => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(City.ToLowerInvariant());

    /// <summary>A full date when the dateline carries a year.</summary>
    public DateOnly? Date => Year is { } y && Month is { } m && Day is { } d && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    public static Dateline? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in Pattern().Matches(text))
        {
            if (m.Index > 0 && text[m.Index - 1] != '\n')
            {
                continue;
            }

            int? month = null;
            int? day = null;
            int? year = null;
            if (m.Groups["mon"].Success)
            {
                month = Array.IndexOf(MonthNames, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
                day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            }

            var city = m.Groups["city"];
            return new Dateline(m.Index, m.Index + m.Length, city.Index + city.Length, city.Value, month is > 0 ? month : null, day, year);
        }

        return null;
    }

    [GeneratedRegex(@"^(?<city>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})(?:, (?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?<day>\d{1,2})(?:, (?<year>\d{4}))?)? ?(?:--|—|–|-) ", RegexOptions.Multiline)]
    private static partial Regex Pattern();
}
