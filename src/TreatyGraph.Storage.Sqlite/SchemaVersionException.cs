namespace TreatyGraph.Storage.Sqlite;

/// <summary>The database file was written by a newer TreatyGraph (or is not a TreatyGraph database at all).</summary>
public sealed class SchemaVersionException : InvalidOperationException
{
    public SchemaVersionException()
    {
    }

    public SchemaVersionException(string message)
        : base(message)
    {
    }

    public SchemaVersionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
