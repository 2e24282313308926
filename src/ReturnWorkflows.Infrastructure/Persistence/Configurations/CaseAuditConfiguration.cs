using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class CaseAuditConfiguration : IEntityTypeConfiguration<CaseAuditEntry>
{
    public void Configure(EntityTypeBuilder<CaseAuditEntry> builder)
    {
        builder.ToTable("case_audit");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.CaseId).HasMaxLength(100);
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Section).HasMaxLength(200);
        builder.Property(e => e.Field).HasMaxLength(300);
        builder.Property(e => e.OldValue).HasMaxLength(1000);
        builder.Property(e => e.NewValue).HasMaxLength(1000);
        builder.HasOne<ReturnCase>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.CaseId, e.At }).HasDatabaseName("ix_case_audit_case");
        builder.HasIndex(e => new { e.Actor, e.At }).HasDatabaseName("ix_case_audit_actor");
    }
}
