using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(r => r.Key);
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.CommandName).HasMaxLength(200);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        // Retention deletes old keys by age.
        builder.HasIndex(r => r.CreatedAt).HasDatabaseName("ix_idempotency_keys_created");
    }
}
