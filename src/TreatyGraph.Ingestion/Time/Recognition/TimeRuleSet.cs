using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using TreatyGraph.Ingestion.Time.Normalisation;

namespace TreatyGraph.Ingestion.Time.Recognition;

/// <summary>
/// Everything the tagger knows, loaded from the embedded Rules/ folder: the lexicon, the tense cues and
/// the rules of every <c>*.rules</c> file in name order (the number in the file name sets the order, and
/// an earlier rule wins a tie between two matches of the same length).
/// </summary>
internal sealed class TimeRuleSet
{
    private const string ResourcePrefix = "TreatyGraph.Ingestion.Time.Rules.";

    private const RegexOptions PatternOptions =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private static readonly Lazy<TimeRuleSet> EmbeddedSet = new(LoadEmbedded);

    public TimeRuleSet(TimeLexicon lexicon, TenseCues tense, IReadOnlyList<TimeRule> rules)
    {
        Lexicon = lexicon;
        Tense = tense;
        Rules = rules;
    }

    public static TimeRuleSet Embedded => EmbeddedSet.Value;

    public TimeLexicon Lexicon { get; }

    public TenseCues Tense { get; }

    public IReadOnlyList<TimeRule> Rules { get; }

    /// <summary>Builds a rule set from the texts of lexicon.json, tense.json and the rule files (name, content).</summary>
    public static TimeRuleSet Load(string lexiconJson, string tenseJson, IEnumerable<(string Name, string Content)> ruleFiles)
    {
        var lexiconDocument = JsonSerializer.Deserialize<TimeLexiconDocument>(lexiconJson, JsonOptions)
            ?? throw new InvalidDataException("lexicon.json is empty");
        var tenseDocument = JsonSerializer.Deserialize<TenseLexiconDocument>(tenseJson, JsonOptions)
            ?? throw new InvalidDataException("tense.json is empty");
        var macros = TimeMacros.Build(lexiconDocument);
        var rules = new List<TimeRule>();
        foreach (var (name, content) in ruleFiles.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            foreach (var spec in TimeRuleFile.Parse(name, content))
            {
                rules.Add(Compile(spec, macros, rules.Count));
            }
        }

        return new TimeRuleSet(new TimeLexicon(lexiconDocument), new TenseCues(tenseDocument), rules);
    }

    private static TimeRule Compile(TimeRuleSpec spec, IReadOnlyDictionary<string, string> macros, int order)
    {
        var body = TimeMacros.Expand(spec.Match, macros, spec.Where);
        try
        {
            // A match must start and end at word edges; lookarounds in the rule see past them.
            var pattern = new Regex($@"(?<![\p{{L}}\p{{Nd}}])(?:{body})(?![\p{{L}}\p{{Nd}}])", PatternOptions);
            return new TimeRule(spec.Name, spec.Type, pattern, spec.Value, spec.Mod, order);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{spec.Where} ({spec.Name}): {ex.Message}", ex);
        }
    }

    private static TimeRuleSet LoadEmbedded()
    {
        var assembly = typeof(TimeRuleSet).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).ToList();
        var ruleFiles = names
            .Where(n => n.EndsWith(".rules", StringComparison.Ordinal))
            .Select(n => (n[ResourcePrefix.Length..], Read(assembly, n)))
            .ToList();
        return Load(Read(assembly, ResourcePrefix + "lexicon.json"), Read(assembly, ResourcePrefix + "tense.json"), ruleFiles);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"the embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
