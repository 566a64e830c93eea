using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Files;

/// <summary>
/// Checks the entity ids that events and relations point at: well-formed always, and defined in
/// <c>entities.jsonl</c> unless the read allows references to entities stored elsewhere.
/// </summary>
internal sealed class EntityReferences(IReadOnlyDictionary<string, Entity> defined, bool allowExternal)
{
    public string Check(string? id, string field)
    {
        var value = LineFields.Required(id, field);
        if (!EntityIds.IsWellFormed(value))
        {
            throw new LineException($"{field}: malformed entity id '{value}'; expected kind:slug such as 'country:japan'");
        }

        if (!allowExternal && !defined.ContainsKey(value))
        {
            throw new LineException($"{field}: unknown entity '{value}'; it is not defined in {GraphFiles.EntitiesFile}");
        }

        return value;
    }
}
