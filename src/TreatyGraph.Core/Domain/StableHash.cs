using System.Security.Cryptography;
using System.Text;

namespace TreatyGraph.Core.Domain;

/// <summary>Short, stable, lower-case hex hashes for ids derived from content.</summary>
internal static class StableHash
{
    public static string Hex(string text, int hexChars = 16)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(bytes)[..hexChars];
    }
}
