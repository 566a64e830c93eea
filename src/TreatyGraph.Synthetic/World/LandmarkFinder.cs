using TreatyGraph.Synthetic.Dates;

namespace TreatyGraph.Synthetic.World;

/// <summary>
/// Picks landmarks from the world's structure (no need to read the generated facts): hubs are the two
/// most prominent current states; the quiet pair are a provincial city of the least prominent state and
/// the first office holder of the second least prominent one.
/// </summary>
internal static class LandmarkFinder
{
    public static SyntheticLandmarks Find(SyntheticWorld world)
    {
        var current = world.Polities.Where(p => p.To is null).ToList();
        var hubA = current[0];
        var hubB = current[1];
        var quietStates = current.OrderByDescending(p => p.Rank).Take(2).ToList();
        var quietA = quietStates[0].Cities[^1];
        var quietB = quietStates[1].Offices.Count > 0 && quietStates[1].Offices[0].Count > 0
            ? quietStates[1].Offices[0][0].PersonId
            : quietStates[1].Id;
        var leader = hubA.HolderOn(Offices.Head, Chronology.Now)?.PersonId ?? hubA.Id;
        var territory = world.Territories.Count > 0 ? world.Territories[0].Entity : null;
        var search = new List<string>
        {
            hubA.Name[..Math.Min(5, hubA.Name.Length)],
            hubB.Invented.Cyrillic,
            hubA.Invented.Kana,
        };
        if (territory?.Aliases.FirstOrDefault(a => a.Language == "ja") is { } ja)
        {
            search.Add(ja.Name);
        }

        return new SyntheticLandmarks(hubA.Id, hubB.Id, quietA.Id, quietB, leader, search);
    }
}
