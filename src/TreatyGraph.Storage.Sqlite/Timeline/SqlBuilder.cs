using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace TreatyGraph.Storage.Sqlite.Timeline;

/// <summary>Builds a statement whose shape depends on the query, with every value a numbered parameter.</summary>
internal sealed class SqlBuilder
{
    private readonly List<(string Name, object Value)> _parameters = [];

    public StringBuilder Text { get; } = new();

    /// <summary>Adds a parameter and returns its name for the SQL text.</summary>
    public string Parameter(object value)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"$p{_parameters.Count}");
        _parameters.Add((name, value));
        return name;
    }

    public SqlBuilder Append(string sql)
    {
        Text.Append(sql);
        return this;
    }

    /// <summary>The statement and its values as one string: equal keys run the same query.</summary>
    public string Key() =>
        string.Join('\u001f', _parameters.Select(p => Convert.ToString(p.Value, CultureInfo.InvariantCulture)).Prepend(Text.ToString()));

    public SqliteCommand ToCommand(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = Text.ToString();
        foreach (var (name, value) in _parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
