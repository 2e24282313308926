using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasMaxLength(100);
        builder.Property(n => n.UserName).HasMaxLength(256);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Title).HasMaxLength(400);
        builder.Property(n => n.Link).HasMaxLength(400);
        builder.Property(n => n.TaskId).HasMaxLength(100);
        // A person's unread notices, newest first.
        builder.HasIndex(n => new { n.UserName, n.ReadAt, n.CreatedAt }).HasDatabaseName("ix_notifications_user_unread");
    }
}
