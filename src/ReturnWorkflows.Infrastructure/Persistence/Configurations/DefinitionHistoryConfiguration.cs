using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// History has no foreign key to the versions: it outlives a deleted definition, which is when it matters most.
internal sealed class DefinitionRevisionConfiguration : IEntityTypeConfiguration<DefinitionRevision>
{
    public void Configure(EntityTypeBuilder<DefinitionRevision> builder)
    {
        builder.ToTable("workflow_definition_revisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(100);
        builder.Property(r => r.DefinitionId).HasMaxLength(100);
        builder.Property(r => r.VersionId).HasMaxLength(100);
        builder.Property(r => r.SavedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.DefinitionId, r.SavedAt }).HasDatabaseName("ix_workflow_definition_revisions_definition");
        builder.HasIndex(r => new { r.VersionId, r.Revision }).HasDatabaseName("ix_workflow_definition_revisions_version");
    }
}

internal sealed class DefinitionAuditEntryConfiguration : IEntityTypeConfiguration<DefinitionAuditEntry>
{
    public void Configure(EntityTypeBuilder<DefinitionAuditEntry> builder)
    {
        builder.ToTable("workflow_definition_audit");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(100);
        builder.Property(e => e.DefinitionId).HasMaxLength(100);
        builder.Property(e => e.VersionId).HasMaxLength(100);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.HasIndex(e => new { e.DefinitionId, e.At }).HasDatabaseName("ix_workflow_definition_audit_definition");
    }
}
