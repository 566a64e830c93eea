using System.Globalization;
using System.Text.RegularExpressions;

namespace TreatyGraph.Ingestion.Time.Normalisation;

/// <summary>
/// A value template's anchored form, <c>@anchor[±N unit][:granularity]rest</c>: <c>@dct-1D</c> (the day
/// before the document date), <c>@ref+2Y</c>, <c>@dct-70Y:D</c> (seventy years ago today), <c>@dayT20:00</c>,
/// <c>@dct+0W-WE</c>. N is <c>X</c> when the text gives no number ("a few years ago").
/// </summary>
internal sealed partial record AnchoredValue(string Anchor, int? Amount, bool Vague, Granularity? Unit, Granularity? Output, string Rest)
{
    public static AnchoredValue? Parse(string value)
    {
        var m = Shape().Match(value);
        if (!m.Success)
        {
            return null;
        }

        int? amount = null;
        var vague = m.Groups["n"].Value == "X";
        if (m.Groups["n"].Success && !vague)
        {
            amount = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * (m.Groups["sign"].Value == "-" ? -1 : 1);
        }
        else if (vague)
        {
            amount = m.Groups["sign"].Value == "-" ? -1 : 1;
        }

        return new AnchoredValue(
            m.Groups["a"].Value,
            amount,
            vague,
            m.Groups["u"].Success ? UnitGranularity(m.Groups["u"].Value) : null,
            m.Groups["g"].Success ? UnitGranularity(m.Groups["g"].Value) : null,
            m.Groups["rest"].Value);
    }

    /// <summary>What to write when there is nothing to anchor on: X for every digit the anchor would give.</summary>
    public string Unresolved()
    {
        if (Vague)
        {
            return Amount < 0 ? "PAST_REF" : "FUTURE_REF";
        }

        var unknown = (Output ?? Unit) switch
        {
            Granularity.Day => "XXXX-XX-XX",
            Granularity.Week => "XXXX-WXX",
            Granularity.Month or Granularity.Season => "XXXX-XX",
            Granularity.Quarter => "XXXX-QX",
            Granularity.Half => "XXXX-HX",
            Granularity.Year => "XXXX",
            Granularity.Decade => "XXX",
            Granularity.Century => "XX",
            _ => Anchor == "day" ? "XXXX-XX-XX" : "PAST_REF",
        };
        return unknown == "PAST_REF" ? unknown : unknown + Rest;
    }

    private static Granularity UnitGranularity(string unit) => unit switch
    {
        "D" => Granularity.Day,
        "W" or "WE" => Granularity.Week,
        "M" => Granularity.Month,
        "Q" => Granularity.Quarter,
        "H" => Granularity.Half,
        "Y" => Granularity.Year,
        "DE" => Granularity.Decade,
        _ => Granularity.Century,
    };

    [GeneratedRegex(@"^@(?<a>dct|ref|day)(?:(?<sign>[+-])(?<n>\d+|X)(?<u>DE|CE|WE|D|W|M|Q|H|Y))?(?::(?<g>DE|CE|D|W|M|Q|H|Y))?(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
