using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// Hand-overs are rows of their own, so the time an origin office takes to decide, and its refusals, are counted in SQL.
internal sealed class HandoverConfiguration : IEntityTypeConfiguration<Handover>
{
    public void Configure(EntityTypeBuilder<Handover> builder)
    {
        builder.ToTable("case_handovers");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).HasMaxLength(100);
        builder.Property(h => h.CaseId).HasMaxLength(100);
        builder.Property(h => h.OriginOffice).HasMaxLength(20);
        builder.Property(h => h.NeedsAssessment).HasMaxLength(4000);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.OfferedBy).HasMaxLength(200);
        builder.Property(h => h.DecidedBy).HasMaxLength(200);
        builder.Property(h => h.DecisionNote).HasMaxLength(2000);
        builder.HasOne<ReturnCase>().WithMany(c => c.Handovers).HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Office>().WithMany().HasForeignKey(h => h.OriginOffice).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.CaseId, h.Status }).HasDatabaseName("ix_case_handovers_case_status");
        // An origin office's offers waiting for it.
        builder.HasIndex(h => new { h.OriginOffice, h.Status }).HasDatabaseName("ix_case_handovers_office_status");
    }
}
