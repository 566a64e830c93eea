using System.Collections.Frozen;
using TreatyGraph.Ingestion.Rules;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>The rule book's word lists as fast case-insensitive sets, shared by every recogniser.</summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(() => new Lexicon(RuleBook.Default));

    private Lexicon(RuleBook rules)
    {
        Rules = rules;
        var words = rules.Words;
        Titles = [.. rules.Titles.Titles.OrderByDescending(t => t.Title.Count(c => c is ' ' or '-'))];
        TitleWords = Set(rules.Titles.Titles.SelectMany(t => t.Title.Split(' ', '-')).Concat(rules.Titles.Modifiers));
        Modifiers = Set(rules.Titles.Modifiers);
        GivenNames = Set(rules.GivenNames);
        NotNames = Set(words.NotNames);
        Prepositions = Set(words.Prepositions);
        VenueHeads = Set(words.VenueHeads);
        PlaceHeads = Set(words.PlaceHeads);
        TerritoryHeads = Set(words.TerritoryHeads);
        OrganizationHeads = Set(words.OrganizationHeads);
        TreatyHeads = Set(words.TreatyHeads);
        TreatyNouns = Set(words.TreatyNouns);
        TreatyTypes = Set(words.TreatyTypes);
        TreatyAnaphors = Set(words.TreatyAnaphors);
        Directions = Set(words.Directions);
        GroupWords = Set(words.GroupWords);
        Months = Set(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
    }

    public static Lexicon Default => Shared.Value;

    public RuleBook Rules { get; }

    public IReadOnlyList<TitleRule> Titles { get; }

    public FrozenSet<string> TitleWords { get; }

    public FrozenSet<string> Modifiers { get; }

    public FrozenSet<string> GivenNames { get; }

    public FrozenSet<string> NotNames { get; }

    public FrozenSet<string> Prepositions { get; }

    public FrozenSet<string> VenueHeads { get; }

    public FrozenSet<string> PlaceHeads { get; }

    public FrozenSet<string> TerritoryHeads { get; }

    public FrozenSet<string> OrganizationHeads { get; }

    public FrozenSet<string> TreatyHeads { get; }

    public FrozenSet<string> TreatyNouns { get; }

    public FrozenSet<string> TreatyTypes { get; }

    public FrozenSet<string> TreatyAnaphors { get; }

    public FrozenSet<string> Directions { get; }

    public FrozenSet<string> GroupWords { get; }

    public FrozenSet<string> Months { get; }

    private static FrozenSet<string> Set(IEnumerable<string> items) => items.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
