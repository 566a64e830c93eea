using System.Globalization;
using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Text;
using TreatyGraph.Storage.Sqlite.Database;

namespace TreatyGraph.Storage.Sqlite.Entities;

/// <summary>
/// Writes entities: the row, every name (the entity's own at order 0, aliases after) folded for search with
/// its word-start keys, and references. Updates only append to lists, as the upsert rules say.
/// </summary>
internal sealed class EntityWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly PreparedCommand _insert;
    private readonly PreparedCommand _update;
    private readonly PreparedCommand _insertName;
    private readonly PreparedCommand _insertKey;
    private readonly PreparedCommand _insertReference;
    private long _nextNamePk;

    public EntityWriter(SqliteConnection connection)
    {
        _connection = connection;
        const string Values = "$id, $kind, $name, $wikidata, $description, $treatyStatus, $signed, $signedPhrase, $inForce, $inForcePhrase";
        string[] names = ["$id", "$kind", "$name", "$wikidata", "$description", "$treatyStatus", "$signed", "$signedPhrase", "$inForce", "$inForcePhrase"];
        _insert = new PreparedCommand(
            connection,
            $"INSERT INTO entity (id, kind, name, wikidata_id, description, treaty_status, treaty_signed, treaty_signed_phrase, treaty_in_force, treaty_in_force_phrase) VALUES ({Values})",
            names);
        _update = new PreparedCommand(
            connection,
            """
            UPDATE entity SET kind = $kind, name = $name, wikidata_id = $wikidata, description = $description, treaty_status = $treatyStatus,
                treaty_signed = $signed, treaty_signed_phrase = $signedPhrase, treaty_in_force = $inForce, treaty_in_force_phrase = $inForcePhrase
            WHERE id = $id
            """,
            names);
        _insertName = new PreparedCommand(
            connection,
            "INSERT INTO entity_name (pk, entity_id, ord, name, language, folded) VALUES ($pk, $entity, $ord, $name, $language, $folded)",
            "$pk", "$entity", "$ord", "$name", "$language", "$folded");
        _insertKey = new PreparedCommand(
            connection, "INSERT OR IGNORE INTO entity_name_key (key, name_pk) VALUES ($key, $pk)", "$key", "$pk");
        _insertReference = new PreparedCommand(
            connection,
            "INSERT INTO entity_reference (entity_id, ord, kind, title, url, identifier) VALUES ($entity, $ord, $kind, $title, $url, $identifier)",
            "$entity", "$ord", "$kind", "$title", "$url", "$identifier");
    }

    public async Task StartAsync(CancellationToken cancellationToken) =>
        _nextNamePk = Convert.ToInt64(await _connection.ScalarAsync("SELECT coalesce(max(pk), 0) + 1 FROM entity_name", cancellationToken), CultureInfo.InvariantCulture);

    public void Insert(Entity entity)
    {
        _insert.Execute(Row(entity));
        AddName(entity.Id, 0, entity.Name, null);
        AppendLists(entity, 0, 0);
    }

    public async Task UpdateAsync(Entity stored, Entity merged, CancellationToken cancellationToken)
    {
        if (stored with { Aliases = [], References = [] } != merged with { Aliases = [], References = [] })
        {
            _update.Execute(Row(merged));
        }

        if (!string.Equals(stored.Name, merged.Name, StringComparison.Ordinal))
        {
            await RenameAsync(stored, merged.Name, cancellationToken);
        }

        AppendLists(merged, stored.Aliases.Count, stored.References.Count);
    }

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
        _insertName.Dispose();
        _insertKey.Dispose();
        _insertReference.Dispose();
    }

    private static object?[] Row(Entity e) =>
    [
        e.Id, WireNames.Of(e.Kind), e.Name, e.WikidataId, e.Description, e.Treaty?.Status.ToString(),
        e.Treaty?.Signed?.Edtf, e.Treaty?.Signed?.Phrase, e.Treaty?.InForce?.Edtf, e.Treaty?.InForce?.Phrase,
    ];

    private void AppendLists(Entity entity, int storedAliases, int storedReferences)
    {
        for (var i = storedAliases; i < entity.Aliases.Count; i++)
        {
            AddName(entity.Id, i + 1, entity.Aliases[i].Name, entity.Aliases[i].Language);
        }

        for (var i = storedReferences; i < entity.References.Count; i++)
        {
            var r = entity.References[i];
            _insertReference.Execute(entity.Id, i, r.Kind.ToString(), r.Title, r.Url, r.Identifier);
        }
    }

    private void AddName(string entityId, int order, string name, string? language)
    {
        var pk = _nextNamePk++;
        var folded = NameFolding.Fold(name);
        _insertName.Execute(pk, entityId, order, name, language, folded);
        foreach (var key in Core.Graph.NameSearch.WordStartKeys(folded))
        {
            _insertKey.Execute(key, pk);
        }
    }

    private async Task RenameAsync(Entity stored, string name, CancellationToken cancellationToken)
    {
        var pk = Convert.ToInt64(
            await _connection.ScalarAsync("SELECT pk FROM entity_name WHERE entity_id = $id AND ord = 0", cancellationToken, ("$id", stored.Id)),
            CultureInfo.InvariantCulture);
        var folded = NameFolding.Fold(name);
        await _connection.ExecuteAsync(
            "DELETE FROM entity_name_key WHERE name_pk = $pk AND key IN (SELECT value FROM json_each($keys))",
            cancellationToken,
            ("$pk", pk),
            ("$keys", SqlValues.Json(Core.Graph.NameSearch.WordStartKeys(NameFolding.Fold(stored.Name)))));
        await _connection.ExecuteAsync(
            "UPDATE entity_name SET name = $name, folded = $folded WHERE pk = $pk", cancellationToken, ("$name", name), ("$folded", folded), ("$pk", pk));
        foreach (var key in Core.Graph.NameSearch.WordStartKeys(folded))
        {
            _insertKey.Execute(key, pk);
        }
    }
}
