namespace TreatyGraph.Cli.Stores;

/// <summary>How to log in to a Neo4j named on the command line; unset parts come from <c>Neo4j__User</c> etc.</summary>
internal sealed record Neo4jCredentials(string? User, string? Password, string? Database)
{
    public Neo4jCredentials OrEnvironment() => new(
        User ?? Environment.GetEnvironmentVariable("Neo4j__User"),
        Password ?? Environment.GetEnvironmentVariable("Neo4j__Password"),
        Database ?? Environment.GetEnvironmentVariable("Neo4j__Database"));
}
