using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Documents;

/// <summary>
/// A file a case needs (a signed declaration, a passport scan, a medical clearance, a handover certificate...), linked
/// to the section it proves. The row holds what the file is; its content lies encrypted in the <see cref="IDocumentVault"/>.
/// <para>
/// Its own aggregate keyed by the case, like the contact log: adding a scan must not raise the case's version (and
/// make a colleague's open edit stale), nor should every edit of the case load the documents. A deleted document's
/// row stays, with who deleted it, when and why, and the hash of what it held; only the content goes.
/// </para>
/// </summary>
public sealed class CaseDocument
{
    public const int MaxFileNameLength = 200;
    public const int MaxReasonLength = 500;

    private CaseDocument() { }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";

    /// <summary>The person the document is about; null for one about the whole household (a group ticket).</summary>
    public string? PersonId { get; private set; }

    public DocumentSection Section { get; private set; }

    /// <summary>The name as given, cleaned for display and download; never used to find or store the file.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>What the content is, detected from its bytes (<see cref="DocumentContent"/>).</summary>
    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    /// <summary>SHA-256 of the plain content, in lower-case hex: evidence of what was held, kept after deletion.</summary>
    public string Sha256 { get; private set; } = "";

    public string UploadedBy { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }
    public string? DeletedBy { get; private set; }
    public DateTime? DeletedAt { get; private set; }
    public string? DeletionReason { get; private set; }

    public bool IsDeleted => DeletedAt is not null;
    public bool IsSensitive => Section.IsSensitive();

    /// <summary>
    /// A document for <paramref name="returnCase"/>: the case is open, a person named is in it and has not withdrawn
    /// their consent to data processing, and the content is a kind the case keeps.
    /// </summary>
    public static CaseDocument Upload(ReturnCase returnCase, string? personId, DocumentSection section, string? fileName, byte[] content,
        string id, DateTime now, string by)
    {
        if (returnCase.Status == CaseStatus.Closed)
            throw new CaseRuleException("status", "The case is closed; reopen it before changing it.");
        if (personId is not null)
        {
            var person = returnCase.Persons.FirstOrDefault(p => p.Id == personId)
                         ?? throw new Engine.Application.NotFoundException("personId", $"The case has no person '{personId}'.");
            if (!person.MayBeProcessed)
                throw new CaseRuleException("personId", "The person has withdrawn their consent to data processing: nothing more about them may be recorded.");
        }
        var contentType = DocumentContent.Detect(content)
                          ?? throw new CaseRuleException("file", "The file is not a PDF, PNG, JPEG or Word (DOCX) document; its content was checked, not its name.");
        return new CaseDocument
        {
            Id = id,
            CaseId = returnCase.Id,
            PersonId = personId,
            Section = section,
            FileName = DocumentContent.DisplayName(fileName, contentType),
            ContentType = contentType,
            Size = content.LongLength,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
            UploadedBy = by,
            UploadedAt = now,
        };
    }

    /// <summary>Marks the document deleted, with who and why; its content is removed by the caller through the vault.</summary>
    public void Delete(string reason, DateTime now, string by)
    {
        if (IsDeleted)
            throw new Engine.Application.NotFoundException("documentId", $"There is no document '{Id}'.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new CaseRuleException("reason", "Say why the document is deleted; the audit trail keeps it.");
        DeletedBy = by;
        DeletedAt = now;
        DeletionReason = reason.Trim();
    }

    /// <summary>
    /// For the audit trail: the section, type, size and hash, never the file name (it often names the person) and,
    /// for a sensitive section, not even those.
    /// </summary>
    public string Description => $"{Section}, {ContentType}, {Size} bytes, sha256 {Sha256}";

    public CaseChange Uploaded => new(Section.AuditSection(), Field, null, Description, IsSensitive);

    /// <summary>
    /// The reason is kept in the trail: it is why the evidence is gone. A sensitive document's values are withheld like a
    /// sensitive finding's; its row keeps the reason for those who may read it.
    /// </summary>
    public CaseChange Deleted => new(Section.AuditSection(), Field, Description, $"deleted: {DeletionReason}", IsSensitive);

    public string Field => $"documents[{Id}]";
}
