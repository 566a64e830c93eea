using Bogus;

namespace TreatyGraph.Synthetic.Names;

/// <summary>
/// Invents place and country names from Japanese-like syllables, each with its Cyrillic and katakana
/// spelling. Names are unique per instance; the same random sequence gives the same names.
/// </summary>
internal sealed class SyllableNames(Randomizer random)
{
    private static readonly Syllable[] Sounds =
    [
        new("ka", "ка", "カ"), new("ki", "ки", "キ"), new("ku", "ку", "ク"), new("ke", "ке", "ケ"), new("ko", "ко", "コ"),
        new("sa", "са", "サ"), new("shi", "си", "シ"), new("su", "су", "ス"), new("se", "се", "セ"), new("so", "со", "ソ"),
        new("ta", "та", "タ"), new("chi", "ти", "チ"), new("te", "те", "テ"), new("to", "то", "ト"),
        new("na", "на", "ナ"), new("ni", "ни", "ニ"), new("no", "но", "ノ"), new("ne", "не", "ネ"),
        new("ha", "ха", "ハ"), new("hi", "хи", "ヒ"), new("fu", "фу", "フ"), new("ho", "хо", "ホ"),
        new("ma", "ма", "マ"), new("mi", "ми", "ミ"), new("mu", "му", "ム"), new("me", "ме", "メ"), new("mo", "мо", "モ"),
        new("ra", "ра", "ラ"), new("ri", "ри", "リ"), new("ru", "ру", "ル"), new("re", "ре", "レ"), new("ro", "ро", "ロ"),
        new("ya", "я", "ヤ"), new("yu", "ю", "ユ"), new("yo", "ё", "ヨ"), new("wa", "ва", "ワ"),
        new("ga", "га", "ガ"), new("go", "го", "ゴ"), new("da", "да", "ダ"), new("do", "до", "ド"),
        new("ba", "ба", "バ"), new("bo", "бо", "ボ"), new("za", "дза", "ザ"), new("zo", "дзо", "ゾ"),
    ];

    private static readonly Syllable[] CountryEndings =
    [
        new("ria", "рия", "リア"), new("nia", "ния", "ニア"), new("land", "ланд", "ランド"),
        new("stan", "стан", "スタン"), new("via", "вия", "ヴィア"), new("ra", "ра", "ラ"), new("sia", "сия", "シア"),
    ];

    private static readonly Syllable Nasal = new("n", "н", "ン");

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>A country-like name: "Kamoria", "Tanesutan".</summary>
    public InventedName Country() => Unique(() => Compose(random.Int(1, 2), random.ArrayElement(CountryEndings)));

    /// <summary>A place-like name without an ending: "Himoto", "Sarunaka".</summary>
    public InventedName Place() => Unique(() => Compose(random.Int(2, 4), null));

    private InventedName Unique(Func<InventedName> make)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = make();
            if (attempt > 20)
            {
                // Very large graphs run out of short names: a longer tail keeps them unique.
                name = Join(name, Compose(1, null));
            }

            if (_used.Add(name.Latin))
            {
                return name;
            }
        }
    }

    private InventedName Compose(int syllables, Syllable? ending)
    {
        var latin = new System.Text.StringBuilder();
        var cyrillic = new System.Text.StringBuilder();
        var kana = new System.Text.StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            Append(random.ArrayElement(Sounds));
            if (random.Bool(0.12f))
            {
                Append(Nasal);
            }
        }

        if (ending is not null)
        {
            Append(ending);
        }

        return new InventedName(Capitalize(latin.ToString()), Capitalize(cyrillic.ToString()), kana.ToString());

        void Append(Syllable s)
        {
            latin.Append(s.Latin);
            cyrillic.Append(s.Cyrillic);
            kana.Append(s.Kana);
        }
    }

    private static InventedName Join(InventedName a, InventedName b) =>
        new(a.Latin + b.Latin.ToLowerInvariant(), a.Cyrillic + b.Cyrillic.ToLowerInvariant(), a.Kana + b.Kana);

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
