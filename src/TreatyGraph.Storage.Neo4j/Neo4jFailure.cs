namespace TreatyGraph.Storage.Neo4j;

/// <summary>What kind of failure a <see cref="Neo4jException"/> reports, so hosts can map it (HTTP status, exit code).</summary>
public enum Neo4jFailure
{
    /// <summary>The server rejected a statement (<c>Neo.ClientError.*</c> other than security): a bug or bad input.</summary>
    Client,

    /// <summary>Wrong user or password, or no credentials where the server wants some.</summary>
    Authentication,

    /// <summary>The server could not be reached, or the connection was lost.</summary>
    Unavailable,

    /// <summary>The server said to try again (<c>Neo.TransientError.*</c>) and retries ran out.</summary>
    Transient,

    /// <summary>The server failed (<c>Neo.DatabaseError.*</c>, 5xx).</summary>
    Database,

    /// <summary>The server answered something this store does not understand.</summary>
    Protocol,
}
