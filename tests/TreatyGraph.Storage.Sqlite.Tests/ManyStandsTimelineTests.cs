using Bogus;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using TreatyGraph.Storage.Contract;
using TreatyGraph.Storage.Contract.Building;

namespace TreatyGraph.Storage.Sqlite.Tests;

/// <summary>
/// Participants with more standing entities than get an ordered arm each (a state with hundreds of
/// office holders) take the joined form of the timeline query; it must give the same answers.
/// </summary>
public sealed class ManyStandsTimelineTests(SqliteStoreFixture fixture) : SeededContract<SqliteStoreFixture>(fixture)
{
    [Theory]
    [InlineData(ParticipantMatch.Any)]
    [InlineData(ParticipantMatch.All)]
    public async Task AGroupOfHundredsOfStandsMatchesLikeAFewDo(ParticipantMatch match)
    {
        var faker = new Faker { Random = new Randomizer(1956) };
        var entities = Graph.Entities.Select(e => e.Id).ToArray();
        var crowd = Enumerable.Range(0, 150)
            .Select(i => new Stand(
                i < entities.Length ? entities[i] : $"person:absent-{i}",
                faker.Random.Bool(0.2f) ? FuzzyDate.OpenStartKey : 19000101 + (faker.Random.Int(0, 120) * 10000),
                faker.Random.Bool(0.2f) ? FuzzyDate.OpenEndKey : 19600101 + (faker.Random.Int(0, 60) * 10000),
                "test"))
            .Where(s => s.FromKey <= s.ToKey)
            .ToList();
        var query = new TimelineQuery
        {
            Match = match,
            Participants = [new ParticipantGroup(ContractGraph.Japan, [Stand.Itself(ContractGraph.Japan), .. crowd]), ParticipantGroup.Exactly(ContractGraph.SovietUnion)],
        };
        var expected = TimelineOracle.Expected(Graph, query);

        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = await Store.TimelineAsync(query with { Page = new PageRequest(4, after) }, Cancel);
            ids.AddRange(page.Edges.Select(e => e.Node.Id));
            Assert.Equal(expected.Count, page.TotalCount);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids);
    }
}
