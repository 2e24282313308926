using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasMaxLength(100);
        builder.Property(m => m.Key).HasMaxLength(300);
        builder.Property(m => m.Channel).HasMaxLength(20);
        builder.Property(m => m.Recipient).HasMaxLength(300);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => m.Key).IsUnique().HasDatabaseName("ux_outbox_messages_key");
        // The dispatcher takes pending messages whose next attempt has come.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt }).HasDatabaseName("ix_outbox_messages_due");
    }
}
