using System.Security.Cryptography;

namespace ReturnWorkflows.Infrastructure.Documents;

/// <summary>
/// The 256-bit AES key the documents are encrypted with. It lives outside the database on purpose: the database (and
/// the data-protection key ring in it) is stored unencrypted, so a key kept there would protect nothing from whoever
/// holds a dump. <see cref="Id"/>, the first 8 bytes of the key's SHA-256, is written into each file so that a file
/// encrypted under another key is named as such rather than taken for a tampered one.
/// </summary>
public sealed class DocumentKey
{
    public const int Length = 32;

    public DocumentKey(byte[] bytes)
    {
        if (bytes.Length != Length) throw new ArgumentException($"A document key has {Length} bytes, not {bytes.Length}.", nameof(bytes));
        Bytes = bytes;
        Id = SHA256.HashData(bytes).AsSpan(0, 8).ToArray();
    }

    public byte[] Bytes { get; }
    public byte[] Id { get; }

    public static DocumentKey NewRandom() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>The key as base64 text: the content of a key file and of <c>RETURNWORKFLOWS_DOCUMENT_KEY</c>.</summary>
    public string ToBase64() => Convert.ToBase64String(Bytes);

    /// <summary>A key from its base64 text, or null with the reason when it is not one.</summary>
    public static DocumentKey? TryParse(string? text, out string? problem)
    {
        problem = null;
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String((text ?? "").Trim());
        }
        catch (FormatException)
        {
            problem = "is not base64 text";
            return null;
        }
        if (bytes.Length != Length)
        {
            problem = $"holds {bytes.Length} bytes, not the {Length} of an AES-256 key";
            return null;
        }
        return new DocumentKey(bytes);
    }
}
