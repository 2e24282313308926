using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// Travel documents are rows of their own, so the waiting time per embassy and the documents obtained are counted in SQL.
internal sealed class TravelDocumentRequestRecordConfiguration : IEntityTypeConfiguration<TravelDocumentRequestRecord>
{
    public void Configure(EntityTypeBuilder<TravelDocumentRequestRecord> builder)
    {
        builder.ToTable("case_travel_document_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(100);
        builder.Property(r => r.CaseId).HasMaxLength(100);
        builder.Property(r => r.Authority).HasMaxLength(200);
        builder.Property(r => r.Reference).HasMaxLength(100);
        builder.Property(r => r.RecordedBy).HasMaxLength(200);
        builder.HasOne<ReturnCase>().WithMany(c => c.TravelDocumentRequests).HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CaseId, r.RecordedAt }).HasDatabaseName("ix_case_travel_document_requests_case");
    }
}

internal sealed class TravelDocumentConfiguration : IEntityTypeConfiguration<TravelDocument>
{
    public void Configure(EntityTypeBuilder<TravelDocument> builder)
    {
        builder.ToTable("case_travel_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(100);
        builder.Property(d => d.CaseId).HasMaxLength(100);
        builder.Property(d => d.PersonId).HasMaxLength(100);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Number).HasMaxLength(50);
        builder.Property(d => d.RecordedBy).HasMaxLength(200);
        builder.HasOne<ReturnCase>().WithMany(c => c.TravelDocuments).HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        // The person is one of the case's (the aggregate makes sure); one foreign key, the case's, so deletes take one path.
        builder.HasIndex(d => new { d.CaseId, d.PersonId }).HasDatabaseName("ix_case_travel_documents_case_person");
    }
}
