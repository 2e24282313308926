using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// Plans and their items are rows of their own, so committed, delivered and remaining amounts per category, currency
// and programme are summed in SQL (the finance figures of domain.md's reports).
internal sealed class ReintegrationPlanConfiguration : IEntityTypeConfiguration<ReintegrationPlan>
{
    public void Configure(EntityTypeBuilder<ReintegrationPlan> builder)
    {
        builder.ToTable("case_reintegration_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(100);
        builder.Property(p => p.CaseId).HasMaxLength(100);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.CreatedBy).HasMaxLength(200);
        builder.Property(p => p.SubmittedBy).HasMaxLength(200);
        builder.Property(p => p.ApprovedBy).HasMaxLength(200);
        builder.Property(p => p.CapApprovedBy).HasMaxLength(200);
        builder.Property(p => p.DecisionNote).HasMaxLength(ReintegrationPlan.MaxNoteLength);
        builder.Ignore(p => p.Total);
        builder.Ignore(p => p.IsEditable);
        // One plan per case.
        builder.HasOne<ReturnCase>().WithOne(c => c.ReintegrationPlan).HasForeignKey<ReintegrationPlan>(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.CaseId).IsUnique().HasDatabaseName("ux_case_reintegration_plans_case");
        builder.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReintegrationItemConfiguration : IEntityTypeConfiguration<ReintegrationItem>
{
    public void Configure(EntityTypeBuilder<ReintegrationItem> builder)
    {
        builder.ToTable("case_reintegration_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(100);
        builder.Property(i => i.PlanId).HasMaxLength(100);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.PersonId).HasMaxLength(100);
        builder.Property(i => i.Description).HasMaxLength(ReintegrationItem.MaxDescriptionLength);
        builder.Property(i => i.Amount).HasPrecision(12, 2);
        builder.Property(i => i.Modality).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Provider).HasMaxLength(ReintegrationItem.MaxProviderLength);
        builder.Property(i => i.AddedBy).HasMaxLength(200);
        builder.Property(i => i.DeliveryNote).HasMaxLength(ReintegrationPlan.MaxNoteLength);
        builder.Property(i => i.ReceiptDocumentId).HasMaxLength(100);
        builder.Property(i => i.DeliveryRecordedBy).HasMaxLength(200);
        builder.Ignore(i => i.Category);
        builder.HasIndex(i => new { i.PlanId, i.Kind }).HasDatabaseName("ix_case_reintegration_items_plan_kind");
    }
}
