using System.Globalization;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Text;
using TreatyGraph.Core.Time;
using TreatyGraph.Ingestion.Rules;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// Builds the <see cref="Gazetteer"/>: the built-in lists (the BCL's regions, countries.json, organizations.json,
/// territories.json, places.json) first, then the graph's own entities. A graph entity that is also a built-in
/// one (same kind, a shared name) takes over the built-in names, so links land on the graph's ids.
/// </summary>
internal static class GazetteerBuilder
{
    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> BuiltIns = new(() => BuildBuiltIns(RuleBook.Default));

    public static Gazetteer Build(IEnumerable<Entity> graphEntities)
    {
        ArgumentNullException.ThrowIfNull(graphEntities);
        var graph = graphEntities.ToList();
        var redirect = new Dictionary<string, string>(StringComparer.Ordinal);
        var graphNames = new Dictionary<(EntityKind, string), string>();
        foreach (var entity in graph)
        {
            foreach (var name in entity.Aliases.Select(a => a.Name).Prepend(entity.Name))
            {
                graphNames.TryAdd((entity.Kind, NameFolding.Fold(name)), entity.Id);
            }
        }

        foreach (var entry in BuiltIns.Value)
        {
            if (entry.Role == NameRole.Name && graphNames.TryGetValue((entry.Kind, NameFolding.Fold(entry.Surface)), out var graphId))
            {
                redirect.TryAdd(entry.EntityId, graphId);
            }
        }

        var gazetteer = new Gazetteer();
        foreach (var entry in BuiltIns.Value)
        {
            if (redirect.TryGetValue(entry.EntityId, out var id))
            {
                gazetteer.Add(entry with { EntityId = id });
            }
            else
            {
                gazetteer.Add(entry);
            }
        }

        foreach (var entity in graph)
        {
            foreach (var name in entity.Aliases.Select(a => a.Name).Prepend(entity.Name))
            {
                gazetteer.Add(new GazetteerEntry(name, entity.Kind, entity.Id, entity.Name, NameRole.Name) { FromGraph = true });
            }
        }

        return gazetteer;
    }

    private static List<GazetteerEntry> BuildBuiltIns(RuleBook rules)
    {
        var entries = new List<GazetteerEntry>();
        var countryNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in rules.Countries)
        {
            var id = EntityIds.For(EntityKind.Country, country.Name);
            countryNames.Add(NameFolding.Fold(country.Name));
            foreach (var name in country.Aliases.Prepend(country.Name))
            {
                entries.Add(new GazetteerEntry(name, EntityKind.Country, id, country.Name, NameRole.Name));
            }

            foreach (var demonym in country.Demonyms)
            {
                // "Russian" is the Russian Empire's in 1875 and Russia's in 2010: a demonym shared by states in time order.
                entries.Add(new GazetteerEntry(demonym, EntityKind.Country, id, country.Name, NameRole.Demonym)
                {
                    FromKey = country.From is null ? int.MinValue : FuzzyDate.Parse(country.From).EarliestKey,
                    ToKey = country.To is null ? int.MaxValue : FuzzyDate.Parse(country.To).LatestKey,
                });
            }

            foreach (var seat in country.Seats)
            {
                entries.Add(new GazetteerEntry(seat.Name, EntityKind.Country, id, country.Name, NameRole.Seat)
                {
                    FromKey = seat.From is null ? int.MinValue : FuzzyDate.Parse(seat.From).EarliestKey,
                    ToKey = seat.To is null ? int.MaxValue : FuzzyDate.Parse(seat.To).LatestKey,
                });
            }
        }

        foreach (var territory in rules.Territories)
        {
            countryNames.Add(NameFolding.Fold(territory.Name)); // a disputed territory is not a country, whatever the region list says
        }

        foreach (var region in Regions())
        {
            if (countryNames.Add(NameFolding.Fold(region)))
            {
                entries.Add(new GazetteerEntry(region, EntityKind.Country, EntityIds.For(EntityKind.Country, region), region, NameRole.Name));
            }
        }

        AddNamed(entries, rules.Organizations, EntityKind.Organization);
        AddNamed(entries, rules.Territories, EntityKind.Territory);
        AddNamed(entries, rules.Regions, EntityKind.Place);
        foreach (var place in rules.Places.Distinct(StringComparer.Ordinal))
        {
            entries.Add(new GazetteerEntry(place, EntityKind.Place, EntityIds.For(EntityKind.Place, place), place, NameRole.Name));
        }

        return entries;
    }

    private static void AddNamed(List<GazetteerEntry> entries, IEnumerable<NamedRule> rules, EntityKind kind)
    {
        foreach (var rule in rules)
        {
            var id = EntityIds.For(kind, rule.Name);
            foreach (var name in rule.Aliases.Prepend(rule.Name))
            {
                entries.Add(new GazetteerEntry(name, kind, id, rule.Name, NameRole.Name));
            }

            foreach (var epithet in rule.Epithets)
            {
                entries.Add(new GazetteerEntry(epithet, kind, id, rule.Name, NameRole.Epithet));
            }
        }
    }

    // The BCL's region data names today's countries; names with '&', 'SAR' or brackets are not how news writes them.
    private static IEnumerable<string> Regions()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var name = region.EnglishName;
            if (region.ThreeLetterISORegionName.Length == 3 && !name.Contains('&', StringComparison.Ordinal) && !name.Contains("SAR", StringComparison.Ordinal)
                && !name.Contains('(', StringComparison.Ordinal) && !name.Contains("Outlying", StringComparison.Ordinal) && seen.Add(name))
            {
                yield return name;
            }
        }
    }
}
