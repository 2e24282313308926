using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Engine.Runtime;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(100);
        builder.Property(i => i.WorkflowInstanceId).HasMaxLength(100);
        builder.Property(i => i.ActivityId).HasMaxLength(100);
        builder.Property(i => i.ActivityNodeId).HasMaxLength(1000);
        builder.Property(i => i.ActivityType).HasMaxLength(200);
        builder.Property(i => i.ActivityInstanceId).HasMaxLength(100);
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(i => i.WorkflowInstanceId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(i => i.WorkflowInstanceId).HasDatabaseName("ix_incidents_instance");
    }
}
