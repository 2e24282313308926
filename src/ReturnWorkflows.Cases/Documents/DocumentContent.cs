using System.IO.Compression;

namespace ReturnWorkflows.Cases.Documents;

/// <summary>
/// What a file is, told from its first bytes rather than its name or the browser's claim, both of which the uploader
/// controls: PDF, PNG, JPEG and Word (DOCX) are accepted, anything else is not a document the case keeps.
/// </summary>
public static class DocumentContent
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static readonly IReadOnlyDictionary<string, string> Extensions = new Dictionary<string, string>
    {
        [Pdf] = ".pdf", [Png] = ".png", [Jpeg] = ".jpg", [Docx] = ".docx",
    };

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The content type of <paramref name="content"/>, or null when it is none of the accepted kinds.</summary>
    public static string? Detect(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith(PdfMagic)) return Pdf;
        if (span.StartsWith(PngMagic)) return Png;
        if (span.StartsWith(JpegMagic)) return Jpeg;
        return span.StartsWith(ZipMagic) && IsWordDocument(content) ? Docx : null;
    }

    /// <summary>
    /// A ZIP is only a Word document if it has the package's content types and a main document part; any other archive
    /// (an executable in a zip, say) is refused.
    /// </summary>
    private static bool IsWordDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            return names.Contains("[Content_Types].xml") && names.Contains("word/document.xml");
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>
    /// The name to show and to offer on download: the last part of what was given (never a path), without control
    /// characters, at most <see cref="CaseDocument.MaxFileNameLength"/> characters, ending in the extension of what the
    /// file really is (a PDF named <c>x.html</c> downloads as <c>x.html.pdf</c>).
    /// </summary>
    public static string DisplayName(string? given, string contentType)
    {
        var name = new string((given ?? "").Split('/', '\\').Last().Where(c => !char.IsControl(c)).ToArray()).Trim().Trim('.');
        var extension = Extensions[contentType];
        if (name.Length == 0) name = "document";
        if (contentType == Jpeg && name.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)) extension = ".jpeg";
        if (!name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) name += extension;
        return name.Length <= CaseDocument.MaxFileNameLength ? name : name[..(CaseDocument.MaxFileNameLength - extension.Length)] + extension;
    }
}
