namespace TreatyGraph.Storage.Neo4j;

/// <summary>A failure talking to Neo4j; <see cref="Failure"/> says which kind, <see cref="Code"/> carries Neo4j's status code.</summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException()
    {
    }

    public Neo4jException(string message)
        : base(message)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jException(Neo4jFailure failure, string? code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        Code = code;
    }

    public Neo4jFailure Failure { get; } = Neo4jFailure.Protocol;

    /// <summary>Neo4j's status code (<c>Neo.ClientError.Statement.SyntaxError</c>), when the server sent one.</summary>
    public string? Code { get; }

    /// <summary>Maps a Neo4j status code to a failure kind.</summary>
    internal static Neo4jFailure Classify(string? code) => code switch
    {
        null => Neo4jFailure.Protocol,
        _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => Neo4jFailure.Authentication,
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => Neo4jFailure.Client,
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => Neo4jFailure.Transient,
        _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => Neo4jFailure.Database,
        _ => Neo4jFailure.Protocol,
    };
}
