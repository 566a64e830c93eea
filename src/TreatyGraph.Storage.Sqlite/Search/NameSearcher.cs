using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Sqlite.Database;
using TreatyGraph.Storage.Sqlite.Entities;

namespace TreatyGraph.Storage.Sqlite.Search;

/// <summary>
/// Finds candidates by index and ranks them with <see cref="NameSearch"/>. Names matching at a name's or a
/// word's start come from the word-start keys (a prefix range); only when those give fewer than the hits
/// wanted, and the query is long enough, the trigram index adds names containing it anywhere. That is
/// exact: any entity matching at a word start outranks every entity matching only inside a word.
/// </summary>
internal static class NameSearcher
{
    private const string Select = "SELECT n.entity_id, e.name, n.ord, n.name, n.folded FROM ";

    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(SqliteConnection connection, SearchQuery query, CancellationToken cancellationToken)
    {
        var folded = NameSearch.FoldQuery(query.Text);
        if (folded.Length == 0 || query.First <= 0)
        {
            return [];
        }

        var kinds = query.Kinds.Count == 0 ? null : SqlValues.Json(query.Kinds.Select(WireNames.Of));
        var kindFilter = kinds is null ? string.Empty : " AND e.kind IN (SELECT value FROM json_each($kinds))";
        var candidates = await ReadAsync(
            connection,
            $"""
            {Select}entity_name_key k JOIN entity_name n ON n.pk = k.name_pk JOIN entity e ON e.id = n.entity_id
            WHERE k.key >= $q AND k.key < $q || char(1114111){kindFilter}
            """,
            folded,
            kinds,
            cancellationToken);
        var startMatches = candidates.Select(c => c.EntityId).Distinct(StringComparer.Ordinal).Count();
        if (startMatches < query.First && NameSearch.MatchesSubstrings(folded))
        {
            candidates.AddRange(await ReadAsync(
                connection,
                $"""
                {Select}entity_name_trigram t JOIN entity_name n ON n.pk = t.rowid JOIN entity e ON e.id = n.entity_id
                WHERE t.folded LIKE $like{kindFilter}
                """,
                folded,
                kinds,
                cancellationToken));
        }

        var ranked = NameSearch.Rank(folded, candidates, query.First);
        var entities = await EntityReader.GetAsync(connection, [.. ranked.Select(r => r.EntityId)], cancellationToken);
        return [.. ranked.Select(r => new SearchHit(entities[r.EntityId], r.MatchedName, r.Score))];
    }

    private static async Task<List<NameCandidate>> ReadAsync(
        SqliteConnection connection, string sql, string folded, string? kinds, CancellationToken cancellationToken)
    {
        // Folded text holds only letters, digits and single spaces: no LIKE wildcards to escape. The trigram
        // index serves LIKE '%…%' (with detail=none it narrows candidates and SQLite checks each).
        await using var command = connection.Command(sql, ("$q", folded), ("$like", $"%{folded}%"));
        if (kinds is not null)
        {
            command.Parameters.AddWithValue("$kinds", kinds);
        }

        var candidates = new List<NameCandidate>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            candidates.Add(new NameCandidate(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4)));
        }

        return candidates;
    }
}
