using System.Security.Cryptography;
using System.Text;

namespace ReturnWorkflows.Server.Identity;

/// <summary>API keys are random and long, so SHA-256 is the right hash: a lookup by hash, no stretching needed.</summary>
public static class ApiKeyHashing
{
    public const int PrefixLength = 8;

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A new key: "rw_" and 32 random bytes in URL-safe base64 (256 bits of entropy).</summary>
    public static string NewKey() =>
        "rw_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Compares hashes in constant time, so response timing reveals nothing about the configured key.</summary>
    public static bool SameHash(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}
