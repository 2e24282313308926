using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Duplicates;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// The log of duplicate checks, read by who asked and when (someone fishing for a person shows as many checks).
internal sealed class DuplicateCheckConfiguration : IEntityTypeConfiguration<DuplicateCheckRecord>
{
    public void Configure(EntityTypeBuilder<DuplicateCheckRecord> builder)
    {
        builder.ToTable("duplicate_checks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Actor).HasMaxLength(200);
        builder.Property(c => c.ActorOffice).HasMaxLength(20);
        builder.Property(c => c.OfficesShown).HasMaxLength(1000);
        builder.HasIndex(c => new { c.Actor, c.At }).HasDatabaseName("ix_duplicate_checks_actor_at");
    }
}
