using System.Globalization;
using System.Text.RegularExpressions;

namespace TreatyGraph.Ingestion.Time.Recognition;

/// <summary>
/// Fills a rule's value or mod template from a match. <c>{name}</c> is the group of that name, normalised
/// by what the name says it holds (a group <c>month2</c> is a month too); <c>{rel:mark}</c> writes a
/// relative word as <c>&lt;</c>, <c>=</c> or <c>&gt;</c>. Four names are computed from several groups:
/// <c>{duration}</c> (number and unit: <c>P10Y</c>), <c>{offset}</c> (number, unit and direction:
/// <c>-6Y</c>), <c>{time}</c> (hour, minute, am/pm: <c>20:00</c>) and <c>{quantity}</c> (the "more than"
/// or "about" just before the match, as a mod). A group that did not take part writes nothing.
/// </summary>
internal sealed partial class TimexTemplate(TimeLexicon lexicon)
{
    public string Fill(string template, Match match, string text)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(match);
        return Placeholder().Replace(template, p =>
            Value(p.Groups["name"].Value, p.Groups["format"].Success ? p.Groups["format"].Value : null, match, text));
    }

    private string Value(string name, string? format, Match match, string text) => name switch
    {
        "duration" => Duration(match),
        "offset" => Offset(match),
        "time" => ClockTime(match),
        "quantity" => Quantity(text, match.Index),
        _ => match.Groups[name] is { Success: true } group ? Normalise(Kind(name), group.Value, format) : string.Empty,
    };

    private string Normalise(string kind, string raw, string? format) => kind switch
    {
        "year" => Year(raw),
        "month" => Two(lexicon.Month(raw)),
        "day" => Two(lexicon.Ordinal(raw)),
        "weekday" => Number(lexicon.Weekday(raw)),
        "season" => lexicon.Season(raw) ?? Unknown(kind, raw),
        "part" => lexicon.PartOfDay(raw) ?? Unknown(kind, raw),
        "number" => lexicon.IsVague(raw) ? "X" : Decimal(lexicon.Count(raw)),
        "ordinal" => Number(lexicon.Ordinal(raw)),
        "century" => lexicon.Ordinal(raw) is { } c ? (c - 1).ToString("00", CultureInfo.InvariantCulture) : Unknown(kind, raw),
        "decade" => Decade(raw),
        "quarter" => Number(lexicon.Quarter(raw) ?? (int.TryParse(raw, CultureInfo.InvariantCulture, out var q) ? q : null)),
        "half" => Number(lexicon.Half(raw)),
        "holiday" => lexicon.Holiday(raw) ?? Unknown(kind, raw),
        "mod" => ModName(lexicon.Mod(raw)),
        "rel" => Relative(lexicon.Relative(raw), format),
        "unit" => format == "calendar" ? lexicon.SetValue(raw) ?? Unknown(kind, raw) : lexicon.Unit(raw)?.Code ?? Unknown(kind, raw),
        _ => raw,
    };

    private string Duration(Match match)
    {
        var unit = UnitOf(match);
        var count = CountOf(match);
        var prefix = unit.Time ? "PT" : "P";
        if (count is null)
        {
            return $"{prefix}X{unit.Vague ?? unit.Code}";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{count.Value * unit.Factor:0.##}{unit.Code}");
    }

    private string Offset(Match match)
    {
        var unit = UnitOf(match);
        var sign = match.Groups["dir"] is { Success: true } dir ? lexicon.Direction(dir.Value) ?? -1 : -1;
        var count = CountOf(match);
        var code = unit.Code == "WE" ? "W" : unit.Code;
        var amount = count is null ? "X" : (count.Value * unit.Factor).ToString("0", CultureInfo.InvariantCulture);
        return $"{(sign < 0 ? '-' : '+')}{amount}{code}";
    }

    private string ClockTime(Match match)
    {
        var hourText = match.Groups["hour"].Value;
        var hour = Key(hourText) switch
        {
            "noon" or "midday" => 12,
            "midnight" => 24,
            _ => (int?)lexicon.Count(hourText) ?? 0,
        };
        var minute = match.Groups["minute"] is { Success: true } m ? int.Parse(m.Value, CultureInfo.InvariantCulture) : 0;
        var ampm = Key(match.Groups["ampm"].Value).Replace(".", string.Empty, StringComparison.Ordinal);
        if (hour < 12 && ampm is "pm" or "afternoon" or "evening" or "at night")
        {
            hour += 12;
        }
        else if (hour == 12 && ampm == "am")
        {
            hour = 0;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}");
    }

    /// <summary>A quantifier right before the match ("more than a decade") as a mod name, else nothing.</summary>
    private string Quantity(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        foreach (var phrase in lexicon.QuantifierPhrases.OrderByDescending(p => p.Length))
        {
            var from = end - phrase.Length;
            if (from >= 0
                && string.Compare(text, from, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (from == 0 || !char.IsLetter(text[from - 1])))
            {
                return ModName(lexicon.Mod(phrase));
            }
        }

        return string.Empty;
    }

    private TimeUnit UnitOf(Match match) =>
        lexicon.Unit(match.Groups["unit"].Value) ?? throw new InvalidOperationException($"no unit in '{match.Value}'");

    // No number: "a" when the unit is singular ("the past year"), some when it is plural ("for years").
    private decimal? CountOf(Match match)
    {
        if (match.Groups["number"] is { Success: true } n)
        {
            return lexicon.IsVague(n.Value) ? null : lexicon.Count(n.Value);
        }

        var unit = match.Groups["unit"].Value;
        return Key(unit) == Key(UnitOf(match).Plural) ? null : 1;
    }

    private static string Year(string raw)
    {
        var digits = raw.TrimStart('\'', '\u2019');
        return digits.Length == 2
            ? (int.Parse(digits, CultureInfo.InvariantCulture) <= 30 ? "20" : "19") + digits
            : digits;
    }

    private string Decade(string raw)
    {
        if (lexicon.DecadeWord(raw) is { } tens)
        {
            return "19" + tens.ToString(CultureInfo.InvariantCulture);
        }

        var digits = raw.TrimStart('\'', '\u2019').TrimEnd('s', 'S');
        return digits.Length switch
        {
            4 => digits[..3],
            2 => (digits[0] is '0' or '1' ? "20" : "19") + digits[0],
            _ => Unknown("decade", raw),
        };
    }

    private static string Relative(int? relative, string? format) => (relative, format) switch
    {
        (null, _) => string.Empty,
        ({ } r, "mark") => r < 0 ? "<" : r > 0 ? ">" : "=",
        ({ } r, _) => r < 0 ? r.ToString(CultureInfo.InvariantCulture) : "+" + r.ToString(CultureInfo.InvariantCulture),
    };

    private static string ModName(TimexMod? mod) => mod is { } m ? TimexModNames.Name(m) : string.Empty;

    private static string Kind(string groupName) => groupName.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

    private static string Key(string text) => TimeLexicon.Key(text);

    private static string Two(int? n) => n?.ToString("00", CultureInfo.InvariantCulture) ?? "XX";

    private static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "X";

    private static string Decimal(decimal? n) => n?.ToString("0.##", CultureInfo.InvariantCulture) ?? "X";

    private static string Unknown(string kind, string raw) =>
        throw new InvalidOperationException($"the lexicon has no {kind} '{raw}'");

    [GeneratedRegex(@"\{(?<name>\w+)(?::(?<format>\w+))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
