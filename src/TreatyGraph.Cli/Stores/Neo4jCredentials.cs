namespace TreatyGraph.Cli.Stores;

/// <summary>How to log in to a Neo4j named on the command line; what is not given comes from configuration (<c>Neo4j__User</c>, …).</summary>
internal sealed record Neo4jCredentials(string? User, string? Password, string? Database);
