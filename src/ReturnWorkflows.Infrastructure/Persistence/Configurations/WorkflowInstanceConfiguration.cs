using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Runtime;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.ToTable("workflow_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(100);
        builder.Property(i => i.DefinitionId).HasMaxLength(100);
        builder.Property(i => i.DefinitionVersionId).HasMaxLength(100);
        builder.Property(i => i.ParentInstanceId).HasMaxLength(100);
        builder.Property(i => i.CorrelationId).HasMaxLength(200);
        builder.Property(i => i.CaseId).HasMaxLength(100);
        builder.HasOne<Cases.Model.ReturnCase>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.SubStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ConcurrencyVersion).IsConcurrencyToken();
        // A version with instances cannot be deleted, even by a delete racing a start.
        builder.HasOne<WorkflowDefinitionVersion>().WithMany().HasForeignKey(i => i.DefinitionVersionId).OnDelete(DeleteBehavior.Restrict);

        // Lists filter and sort on these without touching the state document.
        builder.HasIndex(i => new { i.Status, i.SubStatus }).HasDatabaseName("ix_workflow_instances_status");
        builder.HasIndex(i => i.DefinitionId).HasDatabaseName("ix_workflow_instances_definition");
        builder.HasIndex(i => i.DefinitionVersionId).HasDatabaseName("ix_workflow_instances_definition_version");
        builder.HasIndex(i => i.CorrelationId).HasDatabaseName("ix_workflow_instances_correlation");
        builder.HasIndex(i => i.CaseId).HasDatabaseName("ix_workflow_instances_case");
        builder.HasIndex(i => i.CreatedAt).HasDatabaseName("ix_workflow_instances_created");
        builder.HasIndex(i => i.UpdatedAt).HasDatabaseName("ix_workflow_instances_updated");
    }
}
