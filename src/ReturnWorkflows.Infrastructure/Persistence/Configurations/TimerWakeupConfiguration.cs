using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Infrastructure.Scheduling.Timers;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class TimerWakeupConfiguration : IEntityTypeConfiguration<TimerWakeup>
{
    public void Configure(EntityTypeBuilder<TimerWakeup> builder)
    {
        builder.ToTable("timer_wakeups");
        builder.HasKey(w => w.BookmarkId);
        builder.Property(w => w.BookmarkId).HasMaxLength(100);
        builder.Property(w => w.Label).HasMaxLength(Engine.Runtime.Timers.TimerLabel.MaxLength);
        builder.Property(w => w.JobId).HasMaxLength(100);
    }
}
