using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Mentions;

namespace TreatyGraph.Ingestion.Coreference;

/// <summary>
/// Names a treaty the article describes but nobody listed, the way reference works do: its proper name when
/// the text gives one, else "Japan–Russia peace treaty", "Japan–Soviet Union joint declaration of 1956",
/// "San Francisco peace treaty"; and links it to the gazetteer when a treaty of that name is known.
/// </summary>
internal static class TreatyNaming
{
    public static void Name(DocEntity treaty, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(treaty);
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (treaty.KnownId is not null || treaty.Treaty is not { } traits)
        {
            return;
        }

        var candidates = Candidates(treaty, traits).ToList();
        foreach (var candidate in candidates)
        {
            if (gazetteer.Match(candidate).FirstOrDefault(e => e.Kind == EntityKind.Treaty) is { } known)
            {
                treaty.KnownId = known.EntityId;
                treaty.Name = known.CanonicalName;
                return;
            }
        }

        treaty.Name = candidates[0];
    }

    private static IEnumerable<string> Candidates(DocEntity treaty, TreatyTraits traits)
    {
        if (traits.ProperName is { } proper)
        {
            var name = proper.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? proper[4..] : proper;
            yield return traits.Year is { } y && !name.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) && traits.NamedParties.Count > 0
                ? $"{name} of {y}"
                : name;
            yield return name;
            yield break;
        }

        var kind = traits.Type is null ? traits.Noun : $"{traits.Type} {traits.Noun}";
        var year = traits.Year is { } yr ? $" of {yr}" : string.Empty;
        if (traits.PlaceName is { } place)
        {
            yield return Capitalize($"{place} {kind}");
        }

        var parties = traits.Parties.Select(p => p.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        if (parties.Count >= 2)
        {
            var joined = string.Join('\u2013', parties);
            yield return Capitalize($"{joined} {kind}{year}");
            yield return Capitalize($"{string.Join('\u2013', Enumerable.Reverse(parties))} {kind}{year}");
            yield return Capitalize($"{joined} {kind}");
        }

        yield return Capitalize($"{kind}{(year.Length > 0 ? year : parties.Count == 1 ? $" of {parties[0]}" : string.Empty)}");
        _ = treaty;
    }

    private static string Capitalize(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
