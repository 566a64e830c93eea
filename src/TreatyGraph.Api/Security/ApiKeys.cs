using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TreatyGraph.Api.Security;

/// <summary>
/// Reads the key of a request (<c>Authorization: Bearer KEY</c>, else <c>X-Api-Key: KEY</c>) and checks it against
/// <c>Api:Keys</c>. Keys are compared as SHA-256 digests with a fixed-time comparison against every configured key,
/// so neither the key's length nor how much of it matched shows in the time taken.
/// </summary>
internal sealed class ApiKeys
{
    public const string HeaderName = "X-Api-Key";

    private readonly byte[][] _digests;

    public ApiKeys(IOptions<ApiKeyOptions> options)
    {
        _digests = [.. options.Value.Keys.Select(Digest)];
    }

    public ApiCaller Identify(HttpRequest request)
    {
        if (_digests.Length == 0)
        {
            return ApiCaller.NoKeysConfigured;
        }

        var key = Presented(request);
        if (key is null)
        {
            return ApiCaller.NoKey;
        }

        var digest = Digest(key);
        var match = false;
        foreach (var known in _digests)
        {
            match |= CryptographicOperations.FixedTimeEquals(digest, known);
        }

        return match ? ApiCaller.KeyAccepted : ApiCaller.WrongKey;
    }

    private static string? Presented(HttpRequest request)
    {
        const string Bearer = "Bearer ";
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return authorization[Bearer.Length..].Trim();
        }

        var header = request.Headers[HeaderName].ToString();
        return string.IsNullOrEmpty(header) ? null : header.Trim();
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
