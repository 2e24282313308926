using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Engine.Runtime;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class BookmarkConfiguration : IEntityTypeConfiguration<Bookmark>
{
    public void Configure(EntityTypeBuilder<Bookmark> builder)
    {
        builder.ToTable("bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasMaxLength(100);
        builder.Property(b => b.WorkflowInstanceId).HasMaxLength(100);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.Hash).HasMaxLength(64);
        builder.Property(b => b.ActivityId).HasMaxLength(100);
        builder.Property(b => b.ActivityNodeId).HasMaxLength(1000);
        builder.Property(b => b.ActivityInstanceId).HasMaxLength(100);
        builder.Property(b => b.CorrelationId).HasMaxLength(200);
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(b => b.WorkflowInstanceId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(b => b.Hash).HasDatabaseName("ix_bookmarks_hash");
        builder.HasIndex(b => b.WorkflowInstanceId).HasDatabaseName("ix_bookmarks_instance");
        // The timer drain reads only rows with a due time, earliest first.
        builder.HasIndex(b => b.DueAt).HasFilter("\"due_at\" IS NOT NULL").HasDatabaseName("ix_bookmarks_due");
    }
}
