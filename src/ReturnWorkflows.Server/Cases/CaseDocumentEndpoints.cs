using System.Security.Claims;
using MediatR;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// A case's documents under the case API: list, upload (multipart), download and delete (with a reason). Mapped into the
/// case group, so under its policy; the handlers decide who sees what (a case or document the caller may not see is a
/// 404), and every download is audited before its content is sent.
/// </summary>
internal static class CaseDocumentEndpoints
{
    public static void MapCaseDocumentEndpoints(this RouteGroupBuilder cases)
    {
        cases.MapGet("/{caseId}/documents", (string caseId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetCaseDocuments(user.ToCaseViewer(), caseId), ct));
        cases.MapPost("/{caseId}/documents", async (string caseId, ClaimsPrincipal user, IMediator mediator, IOptions<DocumentLimits> limits,
            HttpRequest request, CancellationToken ct) =>
        {
            var upload = await DocumentUpload.ReadAsync(request, limits.Value.MaxBytes, ct);
            var uploaded = await mediator.Send(new UploadCaseDocument(user.ToCaseViewer(), caseId, upload.PersonId, upload.Section, upload.FileName,
                upload.Content, user.CompletionKey(request.Headers[TaskEndpoints.IdempotencyHeader].ToString())), ct);
            return Results.Created($"/api/cases/{uploaded.CaseId}/documents/{uploaded.DocumentId}/content", uploaded);
        }).DisableAntiforgery(); // an API call, never with the cookie (README, "Sign-in"): there is no form to forge
        cases.MapGet("/{caseId}/documents/{documentId}/content", async (string caseId, string documentId, ClaimsPrincipal user, IMediator mediator,
            HttpResponse response, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        {
            var download = await mediator.Send(new DownloadCaseDocument(user.ToCaseViewer(), caseId, documentId), ct);
            if (download.Content is null) // the request is right, what is stored is not: 409 naming documentId
                throw new ConflictException("documentId", text[DocumentDownload.Unreadable]);
            return DocumentFile(response, download);
        });
        cases.MapDelete("/{caseId}/documents/{documentId}", async (string caseId, string documentId, ClaimsPrincipal user, IMediator mediator,
            HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<DeleteDocumentRequest>(request, ct);
            return await mediator.Send(new DeleteCaseDocument(user.ToCaseViewer(), caseId, documentId, body.Reason), ct);
        });
    }

    /// <summary>
    /// The content as an attachment under its detected type: never shown inline, never sniffed into something else, never
    /// kept by a cache (the page's download link sends the same).
    /// </summary>
    public static IResult DocumentFile(HttpResponse response, DocumentDownload download)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        return Results.File(download.Content!, download.Document.ContentType, download.Document.FileName);
    }
}

/// <summary><c>DELETE /api/cases/{id}/documents/{documentId}</c>: why the document goes (kept in the audit trail).</summary>
internal sealed record DeleteDocumentRequest(string Reason);
