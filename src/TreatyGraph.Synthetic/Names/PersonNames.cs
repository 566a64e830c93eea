using Bogus;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Synthetic.Names;

/// <summary>
/// People's names per culture from Bogus locales, all drawing on the one seeded <see cref="Randomizer"/>.
/// Russian names are romanised with the Cyrillic kept as an alias; Japanese-like names carry katakana.
/// </summary>
internal sealed class PersonNames
{
    private readonly Randomizer _random;
    private readonly Dictionary<Culture, Faker> _fakers;

    public PersonNames(Randomizer random)
    {
        _random = random;
        _fakers = new Dictionary<Culture, Faker>
        {
            [Culture.English] = new("en") { Random = random },
            [Culture.German] = new("de") { Random = random },
            [Culture.French] = new("fr") { Random = random },
            [Culture.Spanish] = new("es") { Random = random },
            [Culture.Italian] = new("it") { Random = random },
            [Culture.Polish] = new("pl") { Random = random },
            [Culture.Russian] = new("ru") { Random = random },
        };
    }

    public PersonName Next(Culture culture, SyllableNames syllables)
    {
        if (culture == Culture.Japanese)
        {
            var given = syllables.Place();
            var family = syllables.Place();
            return new PersonName(
                $"{given.Latin} {family.Latin}",
                family.Latin,
                [new Alias($"{family.Kana}・{given.Kana}", "ja"), new Alias($"{family.Latin} {given.Latin}", "ja-Latn")]);
        }

        var faker = _fakers[culture];
        var first = Clean(faker.Name.FirstName());
        var last = Clean(faker.Name.LastName());
        if (culture == Culture.Russian)
        {
            return new PersonName(
                $"{Cyrillic.Romanize(first)} {Cyrillic.Romanize(last)}",
                Cyrillic.Romanize(last),
                [new Alias($"{first} {last}", "ru")]);
        }

        return _random.Bool(0.15f)
            ? new PersonName($"{first} {last}", last, [new Alias(last, null)])
            : new PersonName($"{first} {last}", last, []);
    }

    // Full stops inside a name ("Jr.") would end a sentence early; nothing else in Bogus names does.
    private static string Clean(string name) => name.Replace(".", string.Empty, StringComparison.Ordinal).Trim();
}
