using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Audit;

namespace ReturnWorkflows.Server.Tests.Documents;

/// <summary>
/// The document API on PostgreSQL: stored encrypted and given back whole to those who may see the case, a 404 by id for
/// another office, sensitive sections hidden from counsellors, refused uploads named and not stored, every download and
/// deletion audited, a deletion's content gone from disk.
/// </summary>
public sealed class CaseDocumentApiTests(DocumentServer api) : IClassFixture<DocumentServer>
{
    [Fact]
    public async Task A_document_is_stored_encrypted_given_back_whole_and_another_offices_counsellor_gets_404_by_id()
    {
        var (id, principal) = await api.OpenFamilyAsync("Stored");
        var canary = $"CANARY-{Guid.NewGuid():N}";
        var content = DocumentServer.Pdf($"Declaration of Amina Stored {canary}");

        var documentId = await api.UploadAsync("counsellor", id, content, "C:\\scans\\declaration.pdf", "ConsentAndDeclaration", principal);

        var listed = Assert.Single((await api.As("counsellor").GetJsonAsync($"/api/cases/{id}/documents")).AsArray())!;
        Assert.Equal((documentId, principal, "ConsentAndDeclaration", "declaration.pdf", "application/pdf", (long)content.Length, "counsellor"),
            ((string)listed["id"]!, (string?)listed["personId"], (string)listed["section"]!, (string)listed["fileName"]!, (string)listed["contentType"]!,
                (long)listed["size"]!, (string)listed["uploadedBy"]!));
        var download = await api.As("supervisor").GetAsync($"/api/cases/{id}/documents/{documentId}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(("attachment", "declaration.pdf"), (download.Content.Headers.ContentDisposition!.DispositionType, download.Content.Headers.ContentDisposition.FileName));
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", download.Headers.CacheControl!.ToString());

        // On disk: one file, named by the id, none of the content readable.
        var file = Assert.Single(api.FilesOnDisk(), f => Path.GetFileName(f).StartsWith(documentId + "."));
        var onDisk = await File.ReadAllBytesAsync(file);
        Assert.DoesNotContain(canary, Encoding.Latin1.GetString(onDisk));
        Assert.DoesNotContain("%PDF", Encoding.Latin1.GetString(onDisk));
        Assert.DoesNotContain(canary, await api.InDatabaseAsync(db => db.CaseDocuments.Where(d => d.Id == documentId).Select(d => d.FileName + d.Sha256).SingleAsync()));

        foreach (var outsider in new[] { "counsellor.belgrade", "partner" })
        {
            var client = api.As(outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/cases/{id}/documents")).StatusCode);
            var byId = await client.GetAsync($"/api/cases/{id}/documents/{documentId}/content");
            Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
            Assert.DoesNotContain(canary, await byId.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/cases/{id}/documents", DocumentServer.Upload(content, "x.pdf", "Other"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Delete(id, documentId, "mine now"))).StatusCode);
        }
        // The programme manager reads but does not file or delete.
        Assert.Equal(HttpStatusCode.OK, (await api.As("manager").GetAsync($"/api/cases/{id}/documents/{documentId}/content")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As("manager").PostAsync($"/api/cases/{id}/documents", DocumentServer.Upload(content, "x.pdf", "Other"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As("manager").SendAsync(Delete(id, documentId, "tidying"))).StatusCode);
        Assert.Single(api.FilesOnDisk(), f => Path.GetFileName(f).StartsWith(documentId + "."));
    }

    [Fact]
    public async Task Every_download_is_audited_naming_the_document_and_its_reader()
    {
        var (id, _) = await api.OpenFamilyAsync("Audited");
        var documentId = await api.UploadAsync("counsellor", id, DocumentServer.Pdf("ticket"), "ticket.pdf", "TravelDocument");

        await api.As("counsellor").GetByteArrayAsync($"/api/cases/{id}/documents/{documentId}/content");
        await api.As("supervisor").GetByteArrayAsync($"/api/cases/{id}/documents/{documentId}/content");
        await api.As("counsellor.belgrade").GetAsync($"/api/cases/{id}/documents/{documentId}/content"); // a 404 reads nothing

        var reads = await api.InDatabaseAsync(db => db.CaseAudit
            .Where(e => e.CaseId == id && e.Action == AuditAction.Read && e.Field == $"documents[{documentId}].content").OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([("counsellor", "documents"), ("supervisor", "documents")], reads.Select(r => (r.Actor, r.Section)));
        var uploaded = await api.InDatabaseAsync(db => db.CaseAudit.SingleAsync(e => e.CaseId == id && e.Action == AuditAction.Changed && e.Field == $"documents[{documentId}]"));
        Assert.Equal("counsellor", uploaded.Actor);
        Assert.StartsWith("TravelDocument, application/pdf,", uploaded.NewValue);
    }

    [Fact]
    public async Task A_medical_clearance_is_absent_for_a_counsellor_and_visible_to_the_protection_roles()
    {
        var (id, principal) = await api.OpenFamilyAsync("Sensitive");
        // The counsellor files it (as they record a medical finding at the rapid screen) but cannot read it back.
        var clearance = await api.UploadAsync("counsellor", id, DocumentServer.Pdf("fit to travel, insulin"), "fit-to-travel.pdf", "MedicalClearance", principal);
        var ticket = await api.UploadAsync("counsellor", id, DocumentServer.Pdf("ticket"), "ticket.pdf", "TravelDocument");

        var counsellorList = await api.As("counsellor").GetStringAsync($"/api/cases/{id}/documents");
        Assert.Contains(ticket, counsellorList);
        Assert.DoesNotContain(clearance, counsellorList);
        Assert.DoesNotContain("MedicalClearance", counsellorList);
        Assert.Equal(HttpStatusCode.NotFound, (await api.As("counsellor").GetAsync($"/api/cases/{id}/documents/{clearance}/content")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.As("counsellor").SendAsync(Delete(id, clearance, "cleanup"))).StatusCode);
        Assert.DoesNotContain(clearance, await api.As("manager").GetStringAsync($"/api/cases/{id}/documents"));

        foreach (var protectionRole in new[] { "protection", "supervisor" })
        {
            var list = (await api.As(protectionRole).GetJsonAsync($"/api/cases/{id}/documents")).AsArray();
            Assert.Equal(new[] { clearance, ticket }.Order(), list.Select(d => (string)d!["id"]!).Order());
            Assert.Contains(list, d => (string)d!["id"]! == clearance && (string)d["section"]! == "MedicalClearance");
            Assert.Equal(HttpStatusCode.OK, (await api.As(protectionRole).GetAsync($"/api/cases/{id}/documents/{clearance}/content")).StatusCode);
        }
        // Who read the clearance shows under the protection section of the trail.
        var read = await api.InDatabaseAsync(db => db.CaseAudit.Where(e => e.CaseId == id && e.Field == $"documents[{clearance}].content").Select(e => e.Section).Distinct().ToListAsync());
        Assert.Equal(["protection"], read);
    }

    [Fact]
    public async Task Refused_uploads_name_the_field_and_store_nothing()
    {
        var (id, _) = await api.OpenFamilyAsync("Refused");
        var url = $"/api/cases/{id}/documents";
        var before = await CountAsync();

        // HTML named .pdf and sent as application/pdf: the content decides.
        Assert.Equal(["file"], await RefusedAsync(url, DocumentServer.Upload(Encoding.UTF8.GetBytes("<html><script>alert(1)</script>"), "cv.pdf", "Other")));
        Assert.Equal(["section"], await RefusedAsync(url, DocumentServer.Upload(DocumentServer.Pdf("x"), "x.pdf", null)));
        Assert.Equal(["section"], await RefusedAsync(url, DocumentServer.Upload(DocumentServer.Pdf("x"), "x.pdf", "Passport")));
        Assert.Equal(["file"], await RefusedAsync(url, DocumentServer.Upload([], "empty.pdf", "Other")));
        var extra = DocumentServer.Upload(DocumentServer.Pdf("x"), "x.pdf", "Other");
        extra.Add(new StringContent("yes"), "encrypt");
        Assert.Equal(["encrypt"], await RefusedAsync(url, extra));
        var stranger = await api.As("counsellor").PostAsync(url, DocumentServer.Upload(DocumentServer.Pdf("x"), "x.pdf", "Other", personId: "nobody"));
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.NotNull((await stranger.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["personId"]);
        var json = await api.As("counsellor").PostAsJsonAsync(url, new { file = "JVBERi0=", section = "Other" });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);

        // Over the limit, by its declared length and without one (chunked): 413 naming file, not a 500.
        var tooLarge = DocumentServer.Pdf(new string('x', DocumentServer.MaxBytes));
        var large = await api.As("counsellor").PostAsync(url, DocumentServer.Upload(tooLarge, "big.pdf", "Other"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(["file"], (await large.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));
        var justOver = DocumentServer.Pdf(new string('x', DocumentServer.MaxBytes - 40));
        Assert.True(justOver.Length > DocumentServer.MaxBytes);
        var chunked = DocumentServer.Upload(justOver, "big.pdf", "Other");
        chunked.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StreamContent(await chunked.ReadAsStreamAsync()) };
        request.Content.Headers.ContentType = chunked.Headers.ContentType;
        request.Headers.TransferEncodingChunked = true;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await api.As("counsellor").SendAsync(request)).StatusCode);

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_deletion_needs_a_reason_is_audited_with_who_and_why_and_takes_the_content_off_the_disk()
    {
        var (id, _) = await api.OpenFamilyAsync("Deleted");
        var content = DocumentServer.Pdf("wrong family's passport");
        var documentId = await api.UploadAsync("counsellor", id, content, "passport.pdf", "IdentityDocument");
        Assert.Single(api.FilesOnDisk(), f => Path.GetFileName(f).StartsWith(documentId + "."));

        var noReason = await api.As("counsellor").SendAsync(Delete(id, documentId, "  "));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.NotNull((await noReason.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["reason"]);
        var missing = new HttpRequestMessage(HttpMethod.Delete, $"/api/cases/{id}/documents/{documentId}") { Content = JsonContent.Create(new { }) };
        Assert.Equal(HttpStatusCode.BadRequest, (await api.As("counsellor").SendAsync(missing)).StatusCode);
        Assert.Single(api.FilesOnDisk(), f => Path.GetFileName(f).StartsWith(documentId + "."));

        var deleted = await api.As("supervisor").SendAsync(Delete(id, documentId, "Scanned into the wrong case"));
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);

        Assert.DoesNotContain(api.FilesOnDisk(), f => Path.GetFileName(f).StartsWith(documentId + "."));
        Assert.Empty((await api.As("counsellor").GetJsonAsync($"/api/cases/{id}/documents")).AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await api.As("supervisor").GetAsync($"/api/cases/{id}/documents/{documentId}/content")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.As("supervisor").SendAsync(Delete(id, documentId, "again"))).StatusCode);
        var row = await api.InDatabaseAsync(db => db.CaseDocuments.SingleAsync(d => d.Id == documentId));
        Assert.Equal(("supervisor", "Scanned into the wrong case"), (row.DeletedBy, row.DeletionReason));
        var change = await api.InDatabaseAsync(db => db.CaseAudit.Where(e => e.CaseId == id && e.Field == $"documents[{documentId}]" && e.Actor == "supervisor").SingleAsync());
        Assert.Equal((AuditAction.Changed, "deleted: Scanned into the wrong case"), (change.Action, change.NewValue));
        Assert.Contains(row.Sha256, change.OldValue); // what was held stays provable
    }

    [Fact]
    public Task A_document_whose_file_is_missing_or_tampered_with_is_a_409_naming_the_document_and_the_attempt_is_audited() =>
        UnreadableIsAConflictAsync(api);

    /// <summary>Also run on SQLite (<see cref="CaseDocumentSqliteTests"/>).</summary>
    internal static async Task UnreadableIsAConflictAsync(DocumentServer api)
    {
        var (id, _) = await api.OpenFamilyAsync("Damaged");
        var missing = await api.UploadAsync("counsellor", id, DocumentServer.Pdf("lost ticket"), "ticket.pdf", "TravelDocument");
        var tampered = await api.UploadAsync("counsellor", id, DocumentServer.Pdf("changed ticket"), "ticket2.pdf", "TravelDocument");
        File.Delete(Assert.Single(api.FilesOnDisk(), f => Path.GetFileName(f).StartsWith(missing + ".")));
        var file = Assert.Single(api.FilesOnDisk(), f => Path.GetFileName(f).StartsWith(tampered + "."));
        var bytes = await File.ReadAllBytesAsync(file);
        bytes[^1] ^= 0x01; // one bit of the ciphertext
        await File.WriteAllBytesAsync(file, bytes);

        foreach (var documentId in new[] { missing, tampered })
        {
            var download = await api.As("supervisor").GetAsync($"/api/cases/{id}/documents/{documentId}/content");
            Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
            Assert.Equal("application/problem+json", download.Content.Headers.ContentType!.MediaType);
            var problem = JsonNode.Parse(await download.Content.ReadAsStringAsync())!;
            Assert.StartsWith("The stored file of this document cannot be read; it is missing or damaged.", (string)problem["detail"]!);
            Assert.NotNull(problem["errors"]!["documentId"]);
            Assert.DoesNotContain("ticket", (string)problem["detail"]!);
        }
        // Another office still gets its 404, not the 409 that would tell the document exists.
        Assert.Equal(HttpStatusCode.NotFound, (await api.As("counsellor.belgrade").GetAsync($"/api/cases/{id}/documents/{missing}/content")).StatusCode);

        var attempts = await api.InDatabaseAsync(db => db.CaseAudit
            .Where(e => e.CaseId == id && e.Action == AuditAction.Read && e.Field!.EndsWith(".content (unreadable)")).Select(e => e.Field + " " + e.Actor).ToListAsync());
        Assert.Equal(new[] { missing, tampered }.Select(d => $"documents[{d}].content (unreadable) supervisor").Order(StringComparer.Ordinal),
            attempts.Order(StringComparer.Ordinal));
    }

    private static HttpRequestMessage Delete(string caseId, string documentId, string reason) =>
        new(HttpMethod.Delete, $"/api/cases/{caseId}/documents/{documentId}") { Content = JsonContent.Create(new { reason }) };

    private async Task<IReadOnlyList<string>> RefusedAsync(string url, HttpContent body)
    {
        var response = await api.As("counsellor").PostAsync(url, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).ToList();
    }

    private async Task<(int Rows, int Changes, int Files)> CountAsync() => (
        await api.InDatabaseAsync(db => db.CaseDocuments.CountAsync()),
        await api.InDatabaseAsync(db => db.CaseAudit.CountAsync(e => e.Action == AuditAction.Changed)),
        api.FilesOnDisk().Length);
}
