using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// Bookings are rows of their own, so departures, no-shows and group flights are counted and listed in SQL.
internal sealed class TravelBookingConfiguration : IEntityTypeConfiguration<TravelBooking>
{
    public void Configure(EntityTypeBuilder<TravelBooking> builder)
    {
        builder.ToTable("case_travel_bookings");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasMaxLength(100);
        builder.Property(b => b.CaseId).HasMaxLength(100);
        builder.Property(b => b.FlightNumber).HasMaxLength(20);
        builder.Property(b => b.Route).HasMaxLength(200);
        builder.Property(b => b.Escort).HasMaxLength(200);
        builder.Property(b => b.GroupReference).HasMaxLength(50);
        // A primitive collection: a text array on PostgreSQL, JSON on SQLite; the aggregate keeps the ids its own.
        builder.Property(b => b.TravellerIds);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(b => b.BookedBy).HasMaxLength(200);
        builder.Property(b => b.AllowanceAmount).HasPrecision(12, 2);
        builder.Property(b => b.AllowanceCurrency).HasMaxLength(3);
        builder.Property(b => b.OutcomeNote).HasMaxLength(2000);
        builder.Property(b => b.OutcomeRecordedBy).HasMaxLength(200);
        builder.Ignore(b => b.IsActive);
        builder.HasOne<ReturnCase>().WithMany(c => c.Bookings).HasForeignKey(b => b.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.CaseId, b.Status }).HasDatabaseName("ix_case_travel_bookings_case_status");
        // A group flight's manifest: every case booked with one reference.
        builder.HasIndex(b => b.GroupReference).HasDatabaseName("ix_case_travel_bookings_group");
    }
}
