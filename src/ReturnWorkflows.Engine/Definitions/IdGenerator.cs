using System.Security.Cryptography;

namespace ReturnWorkflows.Engine.Definitions;

/// <summary>Elsa-style ids: a random 64-bit number in unpadded lowercase hex.</summary>
public static class IdGenerator
{
    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt64(bytes).ToString("x");
    }
}
