using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class WorkflowDefinitionVersionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionVersion> builder)
    {
        builder.ToTable("workflow_definition_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasMaxLength(100);
        builder.Property(v => v.DefinitionId).HasMaxLength(100);
        builder.Property(v => v.Name).HasMaxLength(200);
        builder.Property(v => v.ToolVersion).HasMaxLength(50);
        builder.Property(v => v.Revision).IsConcurrencyToken();

        // Elsa's invariants, enforced by the database so two nodes racing cannot break them.
        builder.HasIndex(v => new { v.DefinitionId, v.Version }).IsUnique().HasDatabaseName("ux_workflow_definition_versions_version");
        // Two indexes on the same column must be named, or EF merges them into one.
        builder.HasIndex(v => v.DefinitionId, "ux_workflow_definition_versions_latest").IsUnique().HasFilter("\"is_latest\"");
        builder.HasIndex(v => v.DefinitionId, "ux_workflow_definition_versions_published").IsUnique().HasFilter("\"is_published\"");
    }
}
