namespace ReturnWorkflows.Cases.Documents;

/// <summary>
/// A stored document that cannot be given back (its file is missing, or does not decrypt); the vault throws it. The
/// message names the document id and what is wrong, never its content, so it may be logged.
/// </summary>
public sealed class DocumentUnreadableException(string documentId, string problem)
    : Exception($"The stored file of document {documentId} {problem}.");
