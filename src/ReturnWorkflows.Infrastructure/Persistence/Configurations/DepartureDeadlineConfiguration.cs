using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// Each setting and extension of a voluntary-departure deadline is a row: the history is kept, and "deadlines within
// two weeks" per office is a query.
internal sealed class DepartureDeadlineConfiguration : IEntityTypeConfiguration<DepartureDeadline>
{
    public void Configure(EntityTypeBuilder<DepartureDeadline> builder)
    {
        builder.ToTable("case_departure_deadlines");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(100);
        builder.Property(d => d.CaseId).HasMaxLength(100);
        builder.Property(d => d.Change).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Reference).HasMaxLength(DepartureDeadline.MaxReferenceLength);
        builder.Property(d => d.RecordedBy).HasMaxLength(200);
        builder.HasOne<ReturnCase>().WithMany(c => c.DepartureDeadlines).HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.CaseId, d.Sequence }).IsUnique().HasDatabaseName("ux_case_departure_deadlines_case_sequence");
    }
}
