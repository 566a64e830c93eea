using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Coreference;

/// <summary>
/// What the reader has in mind at a point of the article: who was last the subject, which states have come up
/// most, the last list of territories, the last treaty, the last group of actors. Updated mention by mention
/// in reading order; anaphors are resolved against it.
/// </summary>
internal sealed class Discourse
{
    private readonly List<DocEntity> _persons = [];
    private readonly Dictionary<DocEntity, int> _countryWeight = [];
    private readonly Dictionary<DocEntity, int> _countryLastSeen = [];
    private int _clock;

    public DocEntity? SubjectPerson { get; private set; }

    public DocEntity? SubjectThing { get; private set; }

    public List<DocEntity> PluralActors { get; private set; } = [];

    public List<DocEntity> TerritoryGroup { get; private set; } = [];

    public int TerritoryGroupSentence { get; private set; } = -10;

    public DocEntity? Territory { get; private set; }

    public List<DocEntity> Treaties { get; } = [];

    public IReadOnlyList<DocEntity> RecentPersons => _persons;

    public void Observe(Mention mention, ClauseMap clauses, bool subject)
    {
        ArgumentNullException.ThrowIfNull(mention);
        _ = clauses;
        _clock++;
        var referents = mention.Referents;
        if (referents.Count == 0)
        {
            return;
        }

        if (referents.Count > 1 && referents.All(e => e.Kind is EntityKind.Person or EntityKind.Country or EntityKind.Organization) && subject)
        {
            SetPluralActors(referents, mention.SentenceIndex);
        }

        foreach (var entity in referents)
        {
            switch (entity.Kind)
            {
                case EntityKind.Person:
                    _persons.Remove(entity);
                    _persons.Insert(0, entity);
                    if (subject && referents.Count == 1)
                    {
                        SubjectPerson = entity;
                    }

                    break;
                case EntityKind.Country or EntityKind.Organization:
                    if (entity.Kind == EntityKind.Country)
                    {
                        _countryWeight[entity] = _countryWeight.GetValueOrDefault(entity) + 1;
                        _countryLastSeen[entity] = _clock;
                    }

                    if (subject && referents.Count == 1 && mention.Form != MentionForm.Demonym || mention.Agentive)
                    {
                        SubjectThing = entity;
                    }

                    break;
                case EntityKind.Territory when referents.Count == 1 && !entity.Name.EndsWith('s') && !entity.Name.Contains("Ridge", StringComparison.Ordinal):
                    Territory = entity;
                    break;
                case EntityKind.Treaty:
                    Treaties.Remove(entity);
                    Treaties.Add(entity);
                    break;
                default:
                    break;
            }
        }
    }

    public void SetTerritoryGroup(IEnumerable<DocEntity> group, int sentence)
    {
        var list = group.Distinct().ToList();
        if (list.Count >= 2)
        {
            TerritoryGroup = list;
            TerritoryGroupSentence = sentence;
        }
    }

    public int PluralActorsSentence { get; private set; } = -10;

    public void SetPluralActors(IEnumerable<DocEntity> actors, int sentence)
    {
        var list = actors.Distinct().ToList();
        if (list.Count >= 2)
        {
            PluralActors = list;
            PluralActorsSentence = sentence;
        }
    }

    /// <summary>The states the article has talked about most, most recent first among equals.</summary>
    public IReadOnlyList<DocEntity> SalientCountries(int count) =>
        [.. _countryWeight.Keys
            .OrderByDescending(c => _countryWeight[c])
            .ThenByDescending(c => _countryLastSeen[c])
            .Take(count)];

    public IReadOnlyList<DocEntity> Leaders(int count)
    {
        var leaders = _persons.Where(p => p.IsLeader).Take(count).ToList();
        foreach (var person in _persons)
        {
            if (leaders.Count >= count)
            {
                break;
            }

            if (!leaders.Contains(person))
            {
                leaders.Add(person);
            }
        }

        return leaders;
    }

    public DocEntity? LastTreaty(Func<DocEntity, bool> where) => Treaties.LastOrDefault(where);
}
