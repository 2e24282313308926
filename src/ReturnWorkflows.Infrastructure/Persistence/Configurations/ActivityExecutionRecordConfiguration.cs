using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Engine.Runtime;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class ActivityExecutionRecordConfiguration : IEntityTypeConfiguration<ActivityExecutionRecord>
{
    public void Configure(EntityTypeBuilder<ActivityExecutionRecord> builder)
    {
        builder.ToTable("activity_executions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(100);
        builder.Property(r => r.WorkflowInstanceId).HasMaxLength(100);
        builder.Property(r => r.ActivityId).HasMaxLength(100);
        builder.Property(r => r.ActivityNodeId).HasMaxLength(1000);
        builder.Property(r => r.ActivityType).HasMaxLength(200);
        builder.Property(r => r.ActivityName).HasMaxLength(200);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(r => r.WorkflowInstanceId).OnDelete(DeleteBehavior.Cascade);

        // The instance viewer asks per instance, per node, in the order they ran.
        builder.HasIndex(r => new { r.WorkflowInstanceId, r.ActivityNodeId }).HasDatabaseName("ix_activity_executions_node");
        builder.HasIndex(r => new { r.WorkflowInstanceId, r.Sequence }).HasDatabaseName("ix_activity_executions_sequence");
    }
}
