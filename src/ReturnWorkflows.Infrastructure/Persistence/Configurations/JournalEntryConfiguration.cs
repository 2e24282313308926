using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Engine.Runtime;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("journal_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(100);
        builder.Property(e => e.WorkflowInstanceId).HasMaxLength(100);
        builder.Property(e => e.ActivityInstanceId).HasMaxLength(100);
        builder.Property(e => e.ParentActivityInstanceId).HasMaxLength(100);
        builder.Property(e => e.ActivityId).HasMaxLength(100);
        builder.Property(e => e.ActivityType).HasMaxLength(200);
        builder.Property(e => e.ActivityName).HasMaxLength(200);
        builder.Property(e => e.NodeId).HasMaxLength(1000);
        builder.Property(e => e.EventName).HasMaxLength(50);
        builder.Property(e => e.Source).HasMaxLength(200);
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(e => e.WorkflowInstanceId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(e => new { e.WorkflowInstanceId, e.Sequence }).IsUnique().HasDatabaseName("ux_journal_entries_sequence");
    }
}
