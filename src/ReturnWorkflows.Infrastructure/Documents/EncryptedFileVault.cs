using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Infrastructure.Documents;

/// <summary>
/// The documents' content as AES-GCM encrypted files in one folder, one file per document named by its id
/// (<see cref="EncryptedDocumentFile"/>). Writes and deletions follow the command's unit of work (<see cref="DocumentFileChanges"/>).
/// </summary>
internal sealed class EncryptedFileVault(DocumentStorage storage, DocumentFileChanges changes, IUnitOfWork unitOfWork) : IDocumentVault
{
    public async Task PutAsync(string documentId, byte[] content, CancellationToken cancellationToken)
    {
        var path = PathOf(documentId);
        Directory.CreateDirectory(storage.Folder);
        // Written under a temporary name and moved into place, so a crash never leaves half a file under the id.
        var temporary = path + $".{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, EncryptedDocumentFile.Encrypt(storage.Key, documentId, content), cancellationToken);
        File.Move(temporary, path, overwrite: false);
        if (unitOfWork.IsActive) changes.Written(path);
    }

    public async Task<byte[]> GetAsync(string documentId, CancellationToken cancellationToken)
    {
        var path = PathOf(documentId);
        if (!File.Exists(path)) throw new DocumentUnreadableException(documentId, "is missing from " + storage.Folder);
        return EncryptedDocumentFile.Decrypt(storage.Key, documentId, await File.ReadAllBytesAsync(path, cancellationToken));
    }

    public void Delete(string documentId)
    {
        var path = PathOf(documentId);
        if (unitOfWork.IsActive) changes.DeleteAfterCommit(path);
        else File.Delete(path);
    }

    /// <summary>Ids are ours (hex), but a path is built from one only if it cannot leave the folder.</summary>
    private string PathOf(string documentId)
    {
        if (documentId.Length is 0 or > 100 || !documentId.All(char.IsAsciiLetterOrDigit))
            throw new ArgumentException("Not a document id.", nameof(documentId));
        return Path.Combine(storage.Folder, documentId + ".rwdoc");
    }
}
