using System.Globalization;
using System.Text;

namespace TreatyGraph.Ingestion.Time.Recognition;

/// <summary>
/// The words of lexicon.json, looked up the way they appear in text: case, spacing, hyphens, curly
/// apostrophes and a trailing abbreviation dot do not matter.
/// </summary>
internal sealed class TimeLexicon
{
    private readonly Dictionary<string, int> _months;
    private readonly Dictionary<string, int> _weekdays;
    private readonly Dictionary<string, string> _seasons;
    private readonly Dictionary<string, string> _parts;
    private readonly Dictionary<string, int> _cardinals;
    private readonly HashSet<string> _vague;
    private readonly Dictionary<string, int> _ordinals;
    private readonly Dictionary<string, TimeUnit> _units;
    private readonly Dictionary<string, TimexMod> _mods;
    private readonly Dictionary<string, int> _relatives;
    private readonly Dictionary<string, int> _directions;
    private readonly Dictionary<string, int> _halves;
    private readonly Dictionary<string, int> _quarters;
    private readonly Dictionary<string, int> _decadeWords;
    private readonly Dictionary<string, string> _holidays;
    private readonly Dictionary<string, string> _setValues;

    public TimeLexicon(TimeLexiconDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        _months = Keyed(document.Months);
        _weekdays = Keyed(document.Weekdays);
        _seasons = Keyed(document.Seasons);
        _parts = Keyed(document.PartsOfDay);
        _cardinals = Keyed(document.Cardinals);
        _vague = new HashSet<string>(document.VagueQuantities.Select(Key), StringComparer.Ordinal);
        _ordinals = Keyed(document.Ordinals);
        _units = Keyed(document.Units);
        foreach (var unit in document.Units.Values)
        {
            _units[Key(unit.Plural)] = unit;
        }

        _mods = Keyed(document.Positions.Concat(document.Quantifiers)
            .ToDictionary(p => p.Key, p => TimexModNames.Parse(p.Value)
                ?? throw new InvalidDataException($"lexicon.json: unknown mod '{p.Value}' for '{p.Key}'")));
        _relatives = Keyed(document.Relatives);
        _directions = Keyed(document.Directions);
        _halves = Keyed(document.Halves);
        _quarters = Keyed(document.Quarters);
        _decadeWords = Keyed(document.DecadeWords);
        _holidays = Keyed(document.Holidays);
        _setValues = Keyed(document.SetValues);
    }

    public TimeLexiconDocument Document { get; }

    /// <summary>How a word is looked up: lower case, single spaces for runs of spaces and hyphens.</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim().TrimEnd('.', '-'))
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    public int? Month(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Find(_months, text);

    public int? Weekday(string text) => Find(_weekdays, text);

    public string? Season(string text) => _seasons.GetValueOrDefault(Key(text));

    public string? PartOfDay(string text) => _parts.GetValueOrDefault(Key(text));

    public bool IsVague(string text) => _vague.Contains(Key(text));

    /// <summary>A count written in digits ("1,000", "2.5") or words ("twenty-five", "a dozen").</summary>
    public decimal? Count(string text)
    {
        var digits = text.Replace(",", string.Empty, StringComparison.Ordinal);
        if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var key = Key(text);
        if (_cardinals.TryGetValue(key, out var word))
        {
            return word;
        }

        var parts = key.Split(' ');
        return parts.Length == 2 && _cardinals.TryGetValue(parts[0], out var tens) && _cardinals.TryGetValue(parts[1], out var ones)
            ? tens + ones
            : null;
    }

    public int? Ordinal(string text)
    {
        var trimmed = text.Trim();
        var digits = trimmed.TrimEnd('s', 't', 'n', 'd', 'r', 'h', 'S', 'T', 'N', 'D', 'R', 'H');
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Find(_ordinals, trimmed);
    }

    public TimeUnit? Unit(string text) => _units.GetValueOrDefault(Key(text));

    public TimexMod? Mod(string text) => _mods.TryGetValue(Key(text), out var mod) ? mod : null;

    public int? Relative(string text) => Find(_relatives, text);

    public int? Direction(string text) => Find(_directions, text);

    public int? Half(string text) => Find(_halves, text);

    public int? Quarter(string text) => Find(_quarters, text);

    public int? DecadeWord(string text) => Find(_decadeWords, text);

    public string? Holiday(string text) => _holidays.GetValueOrDefault(Key(text));

    public string? SetValue(string text) => _setValues.GetValueOrDefault(Key(text));

    public IEnumerable<string> QuantifierPhrases => Document.Quantifiers.Keys;

    private static int? Find(Dictionary<string, int> map, string text) =>
        map.TryGetValue(Key(text), out var value) ? value : null;

    private static Dictionary<string, T> Keyed<T>(IEnumerable<KeyValuePair<string, T>> pairs)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            map[Key(key)] = value;
        }

        return map;
    }
}
