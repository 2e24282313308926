using System.Security.Cryptography;
using System.Text;
using ReturnWorkflows.Cases.Documents;

namespace ReturnWorkflows.Infrastructure.Documents;

/// <summary>
/// The format of a stored document: a header (<c>RWDOC</c>, format version 1, the key's id), a random 12-byte nonce,
/// the 16-byte AES-GCM tag, then the ciphertext. The header and the document's id are the associated data, so a file
/// renamed to another document's id, or a header edited, fails to decrypt like any changed byte.
/// </summary>
public static class EncryptedDocumentFile
{
    private static ReadOnlySpan<byte> Magic => "RWDOC"u8;
    private const byte Version = 1;
    private const int KeyIdLength = 8;
    private static readonly int HeaderLength = Magic.Length + 1 + KeyIdLength;
    private static readonly int NonceLength = AesGcm.NonceByteSizes.MaxSize;
    private static readonly int TagLength = AesGcm.TagByteSizes.MaxSize;

    public static byte[] Encrypt(DocumentKey key, string documentId, byte[] plain)
    {
        var file = new byte[HeaderLength + NonceLength + TagLength + plain.Length];
        var header = file.AsSpan(0, HeaderLength);
        Magic.CopyTo(header);
        header[Magic.Length] = Version;
        key.Id.CopyTo(header[(Magic.Length + 1)..]);
        var nonce = file.AsSpan(HeaderLength, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Bytes, TagLength);
        aes.Encrypt(nonce, plain, file.AsSpan(HeaderLength + NonceLength + TagLength), file.AsSpan(HeaderLength + NonceLength, TagLength),
            AssociatedData(header, documentId));
        return file;
    }

    /// <exception cref="DocumentUnreadableException">Not our format, another key, or changed since it was written.</exception>
    public static byte[] Decrypt(DocumentKey key, string documentId, byte[] file)
    {
        if (file.Length < HeaderLength + NonceLength + TagLength || !file.AsSpan().StartsWith(Magic))
            throw new DocumentUnreadableException(documentId, "is not a stored document");
        if (file[Magic.Length] != Version)
            throw new DocumentUnreadableException(documentId, $"has format version {file[Magic.Length]}, which this server does not read");
        var header = file.AsSpan(0, HeaderLength);
        if (!header[(Magic.Length + 1)..].SequenceEqual(key.Id))
            throw new DocumentUnreadableException(documentId,
                $"was encrypted with another key (id {Convert.ToHexStringLower(header[(Magic.Length + 1)..])}, the configured key's is {Convert.ToHexStringLower(key.Id)})");
        var plain = new byte[file.Length - HeaderLength - NonceLength - TagLength];
        try
        {
            using var aes = new AesGcm(key.Bytes, TagLength);
            aes.Decrypt(file.AsSpan(HeaderLength, NonceLength), file.AsSpan(HeaderLength + NonceLength + TagLength),
                file.AsSpan(HeaderLength + NonceLength, TagLength), plain, AssociatedData(header, documentId));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new DocumentUnreadableException(documentId, "was changed since it was stored, or belongs to another document");
        }
        return plain;
    }

    private static byte[] AssociatedData(ReadOnlySpan<byte> header, string documentId) => [.. header, .. Encoding.UTF8.GetBytes(documentId)];
}
