using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// The counselling phase's facts are rows of their own, so reports count decisions and informed-decision evidence in SQL.
internal sealed class IntakeReviewRecordConfiguration : IEntityTypeConfiguration<IntakeReviewRecord>
{
    public void Configure(EntityTypeBuilder<IntakeReviewRecord> builder)
    {
        builder.ToTable("case_intake_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(100);
        builder.Property(r => r.CaseId).HasMaxLength(100);
        builder.Property(r => r.Result).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.ReviewedBy).HasMaxLength(200);
        builder.HasOne<ReturnCase>().WithMany(c => c.IntakeReviews).HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CaseId, r.ReviewedAt }).HasDatabaseName("ix_case_intake_reviews_case");
    }
}

internal sealed class CounsellingSessionRecordConfiguration : IEntityTypeConfiguration<CounsellingSessionRecord>
{
    public void Configure(EntityTypeBuilder<CounsellingSessionRecord> builder)
    {
        builder.ToTable("case_counselling_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(100);
        builder.Property(s => s.CaseId).HasMaxLength(100);
        builder.Property(s => s.Language).HasMaxLength(100);
        builder.Property(s => s.Interpreter).HasMaxLength(200);
        builder.Property(s => s.CountrySheetVersion).HasMaxLength(50);
        builder.Property(s => s.Decision).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Notes).HasMaxLength(4000);
        builder.Property(s => s.RecordedBy).HasMaxLength(200);
        builder.HasOne<ReturnCase>().WithMany(c => c.CounsellingSessions).HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.CaseId, s.RecordedAt }).HasDatabaseName("ix_case_counselling_sessions_case");
    }
}

// Protection and eligibility steps: one row per screen, assessment, determination, clearance, proposal or decision.
internal sealed class CaseAssessmentConfiguration : IEntityTypeConfiguration<CaseAssessment>
{
    public void Configure(EntityTypeBuilder<CaseAssessment> builder)
    {
        builder.ToTable("case_assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(100);
        builder.Property(a => a.CaseId).HasMaxLength(100);
        builder.Property(a => a.PersonId).HasMaxLength(100);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(50);
        builder.Property(a => a.Outcome).HasMaxLength(30);
        builder.Property(a => a.Reference).HasMaxLength(200);
        builder.Property(a => a.Details).HasMaxLength(8000);
        builder.Property(a => a.RecordedBy).HasMaxLength(200);
        builder.Ignore(a => a.IsSensitive);
        builder.HasOne<ReturnCase>().WithMany(c => c.Assessments).HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.CaseId, a.Sequence }).IsUnique().HasDatabaseName("ux_case_assessments_case_sequence");
    }
}
