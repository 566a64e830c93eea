using System.Text.RegularExpressions;

namespace TreatyGraph.Ingestion.Time.Recognition;

/// <summary>
/// The <c>%{name}</c> macros that rule patterns use: alternations of lexicon words (longest first, so
/// "Sept" is tried before "Sep") and a few number shapes. Month and weekday names are case-sensitive,
/// since "may", "march" and "sun" are also ordinary words.
/// </summary>
internal static partial class TimeMacros
{
    public static Dictionary<string, string> Build(TimeLexiconDocument lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var fullMonths = FullNames(lexicon.Months);
        var abbreviatedMonths = lexicon.Months.Keys.Except(fullMonths);
        var fullWeekdays = FullNames(lexicon.Weekdays);
        var abbreviatedWeekdays = lexicon.Weekdays.Keys.Except(fullWeekdays);
        var timeUnits = lexicon.Units.Where(u => u.Value.Time).SelectMany(u => new[] { u.Key, u.Value.Plural });
        var dateUnits = lexicon.Units.Where(u => !u.Value.Time).SelectMany(u => new[] { u.Key, u.Value.Plural });
        var tens = lexicon.Cardinals.Where(c => c.Value is >= 20 and < 100 && c.Value % 10 == 0).Select(c => c.Key);
        var ones = lexicon.Cardinals.Where(c => c.Value is >= 1 and <= 9 && c.Key.Length > 2).Select(c => c.Key);

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["month"] = $"(?-i:{Alternation(fullMonths)}|(?:{Alternation(abbreviatedMonths)})\\.?)",
            ["monthFull"] = $"(?-i:{Alternation(fullMonths.Where(m => m != "May"))})",
            ["weekday"] = $"(?-i:{Alternation(fullWeekdays)})",
            ["weekdayAny"] = $"(?-i:{Alternation(fullWeekdays)}|(?:{Alternation(abbreviatedWeekdays)})\\.?)",
            ["season"] = Alternation(lexicon.Seasons.Keys),
            ["part"] = Alternation(lexicon.PartsOfDay.Keys),
            ["number"] = $"(?:{Alternation(tens)})[\\s-](?:{Alternation(ones)})|{Alternation(lexicon.Cardinals.Keys)}|\\d{{1,3}}(?:,\\d{{3}})+|\\d+(?:\\.\\d+)?",
            ["vague"] = Alternation(lexicon.VagueQuantities),
            ["ordinal"] = $"{Alternation(lexicon.Ordinals.Keys)}|\\d{{1,2}}(?:st|nd|rd|th)",
            ["unit"] = Alternation(lexicon.Units.SelectMany(u => new[] { u.Key, u.Value.Plural })),
            ["unitSingular"] = Alternation(lexicon.Units.Keys),
            ["unitPlural"] = Alternation(lexicon.Units.Values.Select(u => u.Plural)),
            ["dateUnit"] = Alternation(dateUnits),
            ["timeUnit"] = Alternation(timeUnits),
            ["position"] = Alternation(lexicon.Positions.Keys),
            ["quantifier"] = Alternation(lexicon.Quantifiers.Keys),
            ["quarterWord"] = $"{Alternation(lexicon.Quarters.Keys)}",
            ["decadeWord"] = Alternation(lexicon.DecadeWords.Keys),
            ["holiday"] = Alternation(lexicon.Holidays.Keys),
            ["zone"] = $"(?-i:{Alternation(lexicon.TimeZones)})",
            ["year"] = "(?:1[0-9]|20)\\d\\d",
            ["day"] = "(?:0?[1-9]|[12]\\d|3[01])",
        };
    }

    /// <summary>Replaces every <c>%{name}</c> with its macro in a group, or says which name is unknown.</summary>
    public static string Expand(string pattern, IReadOnlyDictionary<string, string> macros, string where) =>
        MacroReference().Replace(pattern, m => macros.TryGetValue(m.Groups["name"].Value, out var body)
            ? $"(?:{body})"
            : throw new InvalidDataException($"{where}: unknown macro %{{{m.Groups["name"].Value}}}"));

    /// <summary>Words as a regex alternation, longest first; a space or hyphen in a word matches either.</summary>
    public static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(w => w.Length)
            .ThenBy(w => w, StringComparer.Ordinal)
            .Select(w => SpaceOrHyphen().Replace(Regex.Escape(w).Replace("'", "['\u2019]", StringComparison.Ordinal), "[\\s-]+")));

    /// <summary>The longest name of each value: "September" rather than "Sept" or "Sep".</summary>
    private static List<string> FullNames(Dictionary<string, int> names) =>
        names.GroupBy(n => n.Value).SelectMany(g =>
        {
            var longest = g.Max(n => n.Key.Length);
            return g.Where(n => n.Key.Length == longest).Select(n => n.Key);
        }).ToList();

    [GeneratedRegex(@"%\{(?<name>\w+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex MacroReference();

    [GeneratedRegex(@"(?:\\ |-)+", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceOrHyphen();
}
