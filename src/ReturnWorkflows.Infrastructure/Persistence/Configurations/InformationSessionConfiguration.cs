using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Outreach;
using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// Information sessions, listed by office and period (and counted per period by the funnel), from (office, date).
internal sealed class InformationSessionConfiguration : IEntityTypeConfiguration<InformationSession>
{
    public void Configure(EntityTypeBuilder<InformationSession> builder)
    {
        builder.ToTable("information_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(100);
        builder.Property(s => s.Office).HasMaxLength(20);
        builder.Property(s => s.PlaceKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.PlaceName).HasMaxLength(InformationSession.MaxPlaceNameLength);
        builder.Property(s => s.Language).HasMaxLength(3);
        builder.Property(s => s.RanBy).HasMaxLength(InformationSession.MaxRanByLength);
        builder.Property(s => s.RecordedBy).HasMaxLength(200);
        builder.Ignore(s => s.Attendance);
        builder.HasOne<Office>().WithMany().HasForeignKey(s => s.Office).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.Office, s.Date }).HasDatabaseName("ix_information_sessions_office_date");
    }
}
