namespace ReturnWorkflows.Cases.Documents;

/// <summary>Bound from <c>ReturnWorkflows:Documents</c>: how large a document may be.</summary>
public sealed class DocumentLimits
{
    public const string Section = "ReturnWorkflows:Documents";
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>The largest document accepted, in bytes (a scanned declaration or a phone photo is well under 10 MB).</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;
}
