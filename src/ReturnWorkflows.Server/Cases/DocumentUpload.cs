using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Server.Http;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// Reads <c>POST /api/cases/{id}/documents</c>, a <c>multipart/form-data</c> body with <c>file</c>, <c>section</c> and
/// an optional <c>personId</c>, as strictly as <see cref="ApiBody"/> reads JSON: another content type is a 415, a body
/// or file over <c>ReturnWorkflows:Documents:MaxBytes</c> a 413 naming <c>file</c> (read no further than that, whatever the
/// server's own limit), a missing file or section, a second file or an unknown field a 400 naming it. Nothing has run yet.
/// </summary>
internal static class DocumentUpload
{
    /// <summary>Room for the multipart boundaries, headers and the small fields beside the file.</summary>
    private const long Overhead = 64 * 1024;

    private static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "file", "section", "personId" };

    public sealed record Upload(string? FileName, byte[] Content, DocumentSection Section, string? PersonId);

    public static async Task<Upload> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        var text = request.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            throw new RequestRefusedException(StatusCodes.Status415UnsupportedMediaType, "Content-Type",
                text["Send the document as multipart/form-data with the fields file, section and personId."]);
        var limit = maxBytes + Overhead;
        if (request.ContentLength > limit) throw TooLarge(text, maxBytes);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
            bodyLimit.MaxRequestBodySize = limit;

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 16 }, ct);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            throw TooLarge(text, maxBytes);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(text, maxBytes);
        }
        catch (InvalidDataException)
        {
            throw new RequestRefusedException(400, "body", text["The body is not a readable multipart/form-data body."]);
        }

        var unknown = form.Keys.Concat(form.Files.Select(f => f.Name)).Where(name => !Fields.Contains(name)).Distinct().ToList();
        if (unknown.Count > 0)
            throw new RequestRefusedException(400, unknown.ToDictionary(name => name,
                name => new[] { text["'{0}' is not a field of this request. Its fields: {1}.", name, "file, section, personId"].Value }));
        var files = form.Files.Where(f => f.Name.Equals("file", StringComparison.OrdinalIgnoreCase)).ToList();
        if (files.Count != 1)
            throw new RequestRefusedException(400, "file", files.Count == 0 ? text["Choose a file to upload."] : text["Upload one file at a time."]);
        if (files[0].Length > maxBytes) throw TooLarge(text, maxBytes);
        if (!Enum.TryParse<DocumentSection>(form["section"].ToString(), ignoreCase: false, out var section) || !Enum.IsDefined(section) ||
            int.TryParse(form["section"].ToString(), out _))
            throw new RequestRefusedException(400, "section", text["Name the section the document belongs to: {0}.", string.Join(", ", Enum.GetNames<DocumentSection>())]);

        using var content = new MemoryStream((int)files[0].Length);
        await files[0].CopyToAsync(content, ct);
        var personId = form["personId"].ToString();
        return new Upload(files[0].FileName, content.ToArray(), section, personId.Length == 0 ? null : personId);
    }

    private static RequestRefusedException TooLarge(IStringLocalizer text, long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "file", text["The file is larger than {0} KB, the most a document may be.", maxBytes / 1024]);
}
