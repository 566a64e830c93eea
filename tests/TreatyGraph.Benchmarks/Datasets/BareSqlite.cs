using System.Text;
using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Synthetic;

namespace TreatyGraph.Benchmarks.Datasets;

/// <summary>
/// The bulk-load baseline: the same facts, articles and entities, one row each (id plus a payload of the
/// same text: title or ends, dates, quote) in bare SQLite tables with only a primary key, WAL, one
/// prepared statement per table and one transaction per batch. It is what SQLite itself can absorb on
/// this machine, with none of the store's indexes, search tables or merging.
/// </summary>
internal sealed class BareSqlite : IDisposable
{
    private readonly SqliteConnection _connection;

    public BareSqlite(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute("CREATE TABLE IF NOT EXISTS entity(id TEXT PRIMARY KEY, payload TEXT NOT NULL);"
            + "CREATE TABLE IF NOT EXISTS fact(id TEXT PRIMARY KEY, payload TEXT NOT NULL);"
            + "CREATE TABLE IF NOT EXISTS article(id TEXT PRIMARY KEY, payload TEXT NOT NULL);");
    }

    public void Insert(IReadOnlyList<Entity> entities)
    {
        using var tx = _connection.BeginTransaction();
        using var command = Prepare(tx, "entity");
        foreach (var e in entities)
        {
            Run(command, e.Id, $"{e.Kind}|{e.Name}|{string.Join('|', e.Aliases.Select(a => a.Name))}|{e.Description}");
        }

        tx.Commit();
    }

    public void Insert(IReadOnlyList<SyntheticChunk> chunks)
    {
        using var tx = _connection.BeginTransaction();
        using var facts = Prepare(tx, "fact");
        using var articles = Prepare(tx, "article");
        foreach (var chunk in chunks)
        {
            foreach (var a in chunk.Articles)
            {
                Run(articles, a.Article.Id, $"{a.Article.Title}|{a.Article.Published}|{a.Article.Text}");
            }

            foreach (var e in chunk.Events)
            {
                var who = string.Join('|', e.Participants.Select(p => p.EntityId));
                Run(facts, e.Id, $"{e.Kind}|{e.Title}|{e.Date?.Edtf}|{who}|{e.PlaceId}|{string.Join('|', e.Concerns)}|{e.Evidence[0].Quote}");
            }

            foreach (var r in chunk.Relations)
            {
                Run(facts, r.Id, $"{r.Type}|{r.FromId}|{r.ToId}|{r.Role}|{r.ValidFrom?.Edtf}|{r.ValidTo?.Edtf}|{r.Evidence[0].Quote}");
            }
        }

        tx.Commit();
    }

    public void Dispose() => _connection.Dispose();

    private static void Run(SqliteCommand command, string id, string payload)
    {
        command.Parameters[0].Value = id;
        command.Parameters[1].Value = payload;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(SqliteTransaction tx, string table)
    {
        var command = _connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = new StringBuilder("INSERT OR REPLACE INTO ").Append(table).Append("(id, payload) VALUES ($id, $payload)").ToString();
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.Add("$payload", SqliteType.Text);
        command.Prepare();
        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
