using System.Globalization;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Synthetic.World;

/// <summary>Hands out entity ids (<c>kind:slug</c>) that are unique in the graph, numbering repeats of a name.</summary>
internal sealed class IdRegistry
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public string Claim(EntityKind kind, string name)
    {
        var id = EntityIds.For(kind, name);
        if (_ids.Add(id))
        {
            return id;
        }

        for (var n = 2; ; n++)
        {
            var numbered = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
            if (_ids.Add(numbered))
            {
                return numbered;
            }
        }
    }
}
