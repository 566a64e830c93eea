namespace TreatyGraph.Cli;

/// <summary>Exit codes, after BSD sysexits so that scripts can tell bad input from a broken store.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command line itself was wrong (System.CommandLine reports these as well).</summary>
    public const int Usage = 64;

    /// <summary>The input file or value was unusable: empty, binary, too large, malformed, an impossible date.</summary>
    public const int DataError = 65;

    /// <summary>An input file does not exist or cannot be read.</summary>
    public const int NoInput = 66;

    /// <summary>The store (SQLite file, Neo4j server) could not be reached.</summary>
    public const int Unavailable = 69;

    /// <summary>An output file cannot be created or written.</summary>
    public const int CantCreate = 73;

    /// <summary>A bug: an exception nobody expected.</summary>
    public const int Software = 70;

    /// <summary>The configuration cannot work: an unknown <c>Graph:Provider</c>, an invalid option value.</summary>
    public const int Config = 78;
}
