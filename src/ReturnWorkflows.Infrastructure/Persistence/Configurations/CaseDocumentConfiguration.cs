using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// The documents' rows beside the case tables (the content is in the vault, never here): the case page lists one
// case's, newest first, from the (case_id, uploaded_at) index. Deleted rows stay, with who, when and why.
internal sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocument>
{
    public void Configure(EntityTypeBuilder<CaseDocument> builder)
    {
        builder.ToTable("case_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(100);
        builder.Property(d => d.CaseId).HasMaxLength(100);
        builder.Property(d => d.PersonId).HasMaxLength(100);
        builder.Property(d => d.Section).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.FileName).HasMaxLength(CaseDocument.MaxFileNameLength);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.UploadedBy).HasMaxLength(200);
        builder.Property(d => d.DeletedBy).HasMaxLength(200);
        builder.Property(d => d.DeletionReason).HasMaxLength(CaseDocument.MaxReasonLength);
        builder.Ignore(d => d.IsDeleted);
        builder.Ignore(d => d.IsSensitive);
        builder.Ignore(d => d.Description);
        builder.Ignore(d => d.Uploaded);
        builder.Ignore(d => d.Deleted);
        builder.Ignore(d => d.Field);
        builder.HasOne<ReturnCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.CaseId, d.UploadedAt }).HasDatabaseName("ix_case_documents_case_uploaded");
        builder.HasIndex(d => d.PersonId).HasDatabaseName("ix_case_documents_person");
    }
}
