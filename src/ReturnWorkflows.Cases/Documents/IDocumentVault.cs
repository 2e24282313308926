namespace ReturnWorkflows.Cases.Documents;

/// <summary>
/// Where the content of documents is kept, encrypted, by document id; Infrastructure implements it. It joins the
/// command's unit of work: what <see cref="PutAsync"/> wrote is removed again if the command rolls back, and
/// <see cref="Delete"/> takes effect only once the command has committed, so a row never outlives its file by accident
/// and a failed deletion keeps the document whole.
/// </summary>
public interface IDocumentVault
{
    Task PutAsync(string documentId, byte[] content, CancellationToken cancellationToken);

    /// <summary>The plain content; throws when the stored file is missing or does not decrypt (tampered, another key).</summary>
    Task<byte[]> GetAsync(string documentId, CancellationToken cancellationToken);

    void Delete(string documentId);
}
