using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

// Monitoring contacts are rows, so "contacts due this month per office" and "cut by the programme's end" are queries.
internal sealed class MonitoringPlanConfiguration : IEntityTypeConfiguration<MonitoringPlan>
{
    public void Configure(EntityTypeBuilder<MonitoringPlan> builder)
    {
        builder.ToTable("case_monitoring_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(100);
        builder.Property(p => p.CaseId).HasMaxLength(100);
        builder.Property(p => p.PlannedBy).HasMaxLength(200);
        builder.Ignore(p => p.NextVisit);
        builder.HasOne<ReturnCase>().WithOne(c => c.MonitoringPlan).HasForeignKey<MonitoringPlan>(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.CaseId).IsUnique().HasDatabaseName("ux_case_monitoring_plans_case");
        builder.HasMany(p => p.Visits).WithOne().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Visits).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MonitoringVisitConfiguration : IEntityTypeConfiguration<MonitoringVisit>
{
    public void Configure(EntityTypeBuilder<MonitoringVisit> builder)
    {
        builder.ToTable("case_monitoring_visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasMaxLength(100);
        builder.Property(v => v.PlanId).HasMaxLength(100);
        builder.Property(v => v.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.Note).HasMaxLength(MonitoringVisit.MaxNoteLength);
        builder.Property(v => v.RecordedBy).HasMaxLength(200);
        builder.HasIndex(v => new { v.Status, v.PlannedOn }).HasDatabaseName("ix_case_monitoring_visits_status_day");
    }
}

// Answers are kept whole as JSON (question id → option), the scores beside them as columns for the reports.
internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("case_survey_responses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(100);
        builder.Property(r => r.CaseId).HasMaxLength(100);
        builder.Property(r => r.Round).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.PersonId).HasMaxLength(100);
        builder.Property(r => r.SurveyId).HasMaxLength(100);
        builder.Property(r => r.RecordedBy).HasMaxLength(200);
        builder.Property(r => r.EconomicScore).HasPrecision(5, 3);
        builder.Property(r => r.SocialScore).HasPrecision(5, 3);
        builder.Property(r => r.PsychosocialScore).HasPrecision(5, 3);
        builder.Property(r => r.CompositeScore).HasPrecision(5, 3);
        builder.Property(r => r.Answers).HasConversion(JsonColumn.Converter<Dictionary<string, string>>(), JsonColumn.Comparer<Dictionary<string, string>>());
        builder.HasOne<ReturnCase>().WithMany(c => c.SurveyResponses).HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CaseId, r.Round }).HasDatabaseName("ix_case_survey_responses_case_round");
    }
}

internal sealed class SustainabilitySurveyConfiguration : IEntityTypeConfiguration<SustainabilitySurvey>
{
    public void Configure(EntityTypeBuilder<SustainabilitySurvey> builder)
    {
        builder.ToTable("sustainability_surveys");
        builder.HasKey(s => new { s.Id, s.Version });
        builder.Property(s => s.Id).HasMaxLength(100);
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.PublishedBy).HasMaxLength(200);
        builder.Property(s => s.Questions).HasConversion(JsonColumn.Converter<IReadOnlyList<SurveyQuestion>>(), JsonColumn.Comparer<IReadOnlyList<SurveyQuestion>>());
    }
}

/// <summary>A value kept as one JSON text column, written with the shared options and compared by its JSON.</summary>
internal static class JsonColumn
{
    public static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T, string> Converter<T>() where T : class =>
        new(value => JsonSerializer.Serialize(value, EngineJson.Options), text => JsonSerializer.Deserialize<T>(text, EngineJson.Options)!);

    public static ValueComparer<T> Comparer<T>() where T : class =>
        new((a, b) => JsonSerializer.Serialize(a, EngineJson.Options) == JsonSerializer.Serialize(b, EngineJson.Options),
            value => JsonSerializer.Serialize(value, EngineJson.Options).GetHashCode(),
            value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, EngineJson.Options), EngineJson.Options)!);
}
