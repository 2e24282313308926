namespace ReturnWorkflows.Infrastructure.Documents;

/// <summary>
/// Bound from <c>ReturnWorkflows:Documents</c>: where the encrypted files lie and where the key comes from (the server
/// resolves the defaults and checks them at start; see the README's "Case documents").
/// </summary>
public sealed class DocumentStorageOptions
{
    public const string Section = "ReturnWorkflows:Documents";

    /// <summary>The environment variable that may hold the key, as base64 (instead of <see cref="KeyFile"/>).</summary>
    public const string KeyVariable = "RETURNWORKFLOWS_DOCUMENT_KEY";

    /// <summary>The folder of the encrypted files; unset, beside the database file (see the server's <c>DocumentSettings</c>).</summary>
    public string? Path { get; set; }

    /// <summary>A file holding the key as base64 text.</summary>
    public string? KeyFile { get; set; }
}

/// <summary>The folder and the key in use, resolved once at start.</summary>
public sealed record DocumentStorage(string Folder, DocumentKey Key);
