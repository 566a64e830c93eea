using Bogus;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>A larger made-up graph (fixed seed, so failures reproduce) for tests that need a big batch.</summary>
internal static class GeneratedGraph
{
    public static GraphBatch Create(int entities, int seed = 4242)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var people = Enumerable.Range(0, entities)
            .Select(i => new Entity($"person:generated-{i:00000}", EntityKind.Person, faker.Name.FullName())
            {
                Aliases = [new Alias(faker.Name.FullName(), "en")],
                Description = faker.Lorem.Sentence(12),
            })
            .ToArray();
        var relations = people.Zip(people.Skip(1))
            .Select(p => new Relation(RelationType.MemberOf, p.First.Id, p.Second.Id)
            {
                ValidFrom = FuzzyDate.FromYear(faker.Random.Int(1900, 2020)),
                Evidence = [new Evidence(faker.Lorem.Paragraph()) { Reference = new SourceReference(SourceKind.Other, faker.Lorem.Word()) }],
            })
            .ToArray();
        var events = people.Chunk(3)
            .Select((group, i) => new Event($"event:generated-{i:00000}", EventKind.Meeting, EventStatus.Occurred, faker.Lorem.Sentence(), FuzzyDate.FromYear(faker.Random.Int(1900, 2020)))
            {
                Participants = group.Select(p => new Participant(p.Id)).ToArray(),
                Evidence = [new Evidence(faker.Lorem.Paragraph()) { Reference = new SourceReference(SourceKind.Other, faker.Lorem.Word()) }],
            })
            .ToArray();
        return new GraphBatch { Entities = people, Relations = relations, Events = events };
    }
}
