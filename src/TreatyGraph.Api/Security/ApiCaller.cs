namespace TreatyGraph.Api.Security;

/// <summary>What the credentials of one request amount to; mutations run only for <see cref="KeyAccepted"/>.</summary>
internal enum ApiCaller
{
    /// <summary>The request carries no key.</summary>
    NoKey,

    /// <summary>The request carries a key the server does not have.</summary>
    WrongKey,

    /// <summary>The server has no keys at all, so nobody may change the graph.</summary>
    NoKeysConfigured,

    KeyAccepted,
}
