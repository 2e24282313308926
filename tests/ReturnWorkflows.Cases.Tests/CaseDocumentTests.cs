using System.IO.Compression;
using System.Text;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Application;
using static ReturnWorkflows.Cases.Tests.People;

namespace ReturnWorkflows.Cases.Tests;

/// <summary>The documents' rules on the aggregate alone: the type from the content, the name shown, who may be named, deletion.</summary>
public sealed class CaseDocumentTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% a declaration\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16];

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in entries)
                using (var writer = new StreamWriter(zip.CreateEntry(entry).Open()))
                    writer.Write("<x/>");
        return buffer.ToArray();
    }

    [Fact]
    public void The_type_is_told_from_the_content_whatever_the_name_says()
    {
        Assert.Equal(DocumentContent.Pdf, DocumentContent.Detect(Pdf));
        Assert.Equal(DocumentContent.Png, DocumentContent.Detect(Png));
        Assert.Equal(DocumentContent.Jpeg, DocumentContent.Detect(Jpeg));
        Assert.Equal(DocumentContent.Docx, DocumentContent.Detect(Zip("[Content_Types].xml", "word/document.xml")));
        // An archive is not a Word document because it is a zip, nor is HTML a PDF because it is called one.
        Assert.Null(DocumentContent.Detect(Zip("[Content_Types].xml", "payload.exe")));
        Assert.Null(DocumentContent.Detect([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]));
        Assert.Null(DocumentContent.Detect(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")));
        Assert.Null(DocumentContent.Detect([]));
    }

    [Fact]
    public void A_document_is_kept_with_its_detected_type_size_and_hash_without_raising_the_cases_version()
    {
        var returnCase = OpenCase();

        var document = CaseDocument.Upload(returnCase, returnCase.Principal.Id, DocumentSection.ConsentAndDeclaration, "Declaration.pdf", Pdf, "d1", Now, "amra");

        Assert.Equal((returnCase.Id, returnCase.Principal.Id, DocumentContent.Pdf, (long)Pdf.Length, "amra", Now),
            (document.CaseId, document.PersonId, document.ContentType, document.Size, document.UploadedBy, document.UploadedAt));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)), document.Sha256);
        Assert.Equal(1, returnCase.Version);
        // The trail learns section, type, size and hash, never the name (it often names the person).
        Assert.Equal(CaseSections.Documents, document.Uploaded.Section);
        Assert.Equal($"ConsentAndDeclaration, application/pdf, {Pdf.Length} bytes, sha256 {document.Sha256}", document.Uploaded.NewValue);
        Assert.DoesNotContain("Declaration.pdf", document.Uploaded.NewValue + document.Uploaded.Field);
        Assert.Null(CaseDocument.Upload(returnCase, null, DocumentSection.TravelDocument, "ticket.pdf", Pdf, "d2", Now, "amra").PersonId);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "application/pdf", "passwd.pdf")]
    [InlineData("C:\\Users\\amra\\scan.PDF", "application/pdf", "scan.PDF")]
    [InlineData("photo.jpeg", "image/jpeg", "photo.jpeg")]
    [InlineData("invoice.html", "application/pdf", "invoice.html.pdf")]
    [InlineData("line\nbreak.png", "image/png", "linebreak.png")]
    [InlineData("", "image/png", "document.png")]
    public void The_name_shown_is_the_last_part_without_control_characters_ending_in_what_the_file_is(string given, string type, string shown) =>
        Assert.Equal(shown, DocumentContent.DisplayName(given, type));

    [Fact]
    public void A_long_name_is_cut_keeping_its_extension() =>
        Assert.Equal((CaseDocument.MaxFileNameLength, true),
            (DocumentContent.DisplayName(new string('a', 500) + ".pdf", DocumentContent.Pdf).Length,
                DocumentContent.DisplayName(new string('a', 500) + ".pdf", DocumentContent.Pdf).EndsWith(".pdf")));

    [Fact]
    public void Another_kind_of_file_an_unknown_person_a_withdrawn_consent_or_a_closed_case_takes_no_document()
    {
        var returnCase = OpenCase(new NewPerson(Adult("Zara"), Consent()));
        var zara = returnCase.Persons.Single(p => p.GivenNames == "Zara").Id;

        Assert.Equal(["file"], Assert.Throws<CaseRuleException>(() =>
            CaseDocument.Upload(returnCase, null, DocumentSection.Other, "notes.pdf", Encoding.UTF8.GetBytes("plain text"), "d", Now, "amra")).Errors.Keys);
        Assert.Equal(["personId"], Assert.Throws<NotFoundException>(() =>
            CaseDocument.Upload(returnCase, "nobody", DocumentSection.Other, "x.pdf", Pdf, "d", Now, "amra")).Errors.Keys);
        returnCase.RecordConsent(zara, Consent(decision: ConsentDecision.Withdrawn), Now, "amra");
        Assert.Equal(["personId"], Assert.Throws<CaseRuleException>(() =>
            CaseDocument.Upload(returnCase, zara, DocumentSection.IdentityDocument, "x.pdf", Pdf, "d", Now, "amra")).Errors.Keys);
        returnCase.ProposeClosure(ClosureReason.ReturneeOptedOut, null, Now, "amra");
        returnCase.ApproveClosure(Now, "manager");
        Assert.Equal(["status"], Assert.Throws<CaseRuleException>(() =>
            CaseDocument.Upload(returnCase, null, DocumentSection.Other, "x.pdf", Pdf, "d", Now, "amra")).Errors.Keys);
    }

    [Fact]
    public void Medical_and_vulnerability_documents_are_sensitive_and_audited_under_protection_without_their_values()
    {
        Assert.Equal([DocumentSection.MedicalClearance, DocumentSection.Vulnerability], Enum.GetValues<DocumentSection>().Where(s => s.IsSensitive()));
        var returnCase = OpenCase();
        var clearance = CaseDocument.Upload(returnCase, returnCase.Principal.Id, DocumentSection.MedicalClearance, "fit.pdf", Pdf, "d1", Now, "amra");

        var uploaded = CaseAuditTrail.Change(returnCase.Id, clearance.Uploaded, Now, "amra");
        Assert.Equal((CaseSections.Protection, CaseAuditTrail.Withheld), (uploaded.Section, uploaded.NewValue));
        clearance.Delete("Wrong person's form", Now, "amra");
        var deleted = CaseAuditTrail.Change(returnCase.Id, clearance.Deleted, Now, "amra");
        Assert.Equal((CaseSections.Protection, CaseAuditTrail.Withheld, CaseAuditTrail.Withheld), (deleted.Section, deleted.OldValue, deleted.NewValue));
        Assert.Equal("Wrong person's form", clearance.DeletionReason); // the row keeps it for those who may read it
    }

    [Fact]
    public void Deleting_needs_a_reason_keeps_who_when_and_why_and_happens_once()
    {
        var returnCase = OpenCase();
        var scan = CaseDocument.Upload(returnCase, null, DocumentSection.TravelDocument, "ticket.pdf", Pdf, "d1", Now, "amra");

        Assert.Equal(["reason"], Assert.Throws<CaseRuleException>(() => scan.Delete("  ", Now, "amra")).Errors.Keys);
        Assert.False(scan.IsDeleted);
        scan.Delete("  Uploaded to the wrong case ", Now.AddHours(1), "selma");

        Assert.Equal(("selma", Now.AddHours(1), "Uploaded to the wrong case"), (scan.DeletedBy, scan.DeletedAt, scan.DeletionReason));
        Assert.Equal(scan.Description, scan.Deleted.OldValue);
        Assert.Equal("deleted: Uploaded to the wrong case", scan.Deleted.NewValue);
        Assert.Contains(scan.Sha256, scan.Deleted.OldValue); // the trail keeps the evidence of what was held
        Assert.Equal(["documentId"], Assert.Throws<NotFoundException>(() => scan.Delete("again", Now, "amra")).Errors.Keys);
    }
}
