using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Text;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>The entities of one article, found by known id or by kind and folded name; created on first sight.</summary>
internal sealed class DocumentEntities
{
    private readonly Dictionary<string, DocEntity> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(EntityKind, string), DocEntity> _byName = [];

    public List<DocEntity> All { get; } = [];

    public DocEntity Get(EntityKind kind, string name, string? knownId)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (knownId is not null && _byId.TryGetValue(knownId, out var known))
        {
            return known;
        }

        var key = (kind, NameFolding.Fold(name));
        if (_byName.TryGetValue(key, out var named))
        {
            if (knownId is not null && named.KnownId is null)
            {
                named.KnownId = knownId;
                _byId[knownId] = named;
            }

            return named;
        }

        var entity = new DocEntity(kind, name) { KnownId = knownId };
        All.Add(entity);
        _byName[key] = entity;
        if (knownId is not null)
        {
            _byId[knownId] = entity;
        }

        return entity;
    }

    public DocEntity? Find(string id) => _byId.GetValueOrDefault(id) ?? All.Find(e => e.Id == id);

    /// <summary>Attaches a mention to an entity and records the name it used.</summary>
    public static void Attach(Mention mention, DocEntity entity, string text)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(entity);
        mention.Entity = entity;
        entity.Mentions.Add(mention);
        if (mention.Form is MentionForm.Name or MentionForm.Seat or MentionForm.Description)
        {
            entity.Surfaces.Add(mention.Surface(text));
        }
    }
}
