using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class HumanTaskConfiguration : IEntityTypeConfiguration<HumanTask>
{
    public void Configure(EntityTypeBuilder<HumanTask> builder)
    {
        builder.ToTable("human_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(100);
        builder.Property(t => t.WorkflowInstanceId).HasMaxLength(100);
        builder.Property(t => t.BookmarkId).HasMaxLength(100);
        builder.Property(t => t.ActivityId).HasMaxLength(100);
        builder.Property(t => t.ActivityInstanceId).HasMaxLength(100);
        builder.Property(t => t.Title).HasMaxLength(300);
        builder.Property(t => t.FormKey).HasMaxLength(100);
        builder.Property(t => t.StepSettings).HasMaxLength(2000);
        builder.Property(t => t.CandidateRole).HasMaxLength(100);
        builder.Property(t => t.CandidateOffice).HasMaxLength(100);
        builder.Property(t => t.Assignee).HasMaxLength(200);
        builder.Property(t => t.CompletedBy).HasMaxLength(200);
        builder.Property(t => t.ReassignedBy).HasMaxLength(200);
        builder.Property(t => t.Outcome).HasMaxLength(100);
        builder.Property(t => t.CorrelationId).HasMaxLength(200);
        builder.Property(t => t.CaseId).HasMaxLength(100);
        builder.HasOne<Cases.Model.ReturnCase>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(t => t.WorkflowInstanceId).OnDelete(DeleteBehavior.Cascade);

        // The inbox: an office's open tasks, due first; a person's own tasks; what falls due.
        builder.HasIndex(t => new { t.CandidateOffice, t.Status, t.DueAt }).HasDatabaseName("ix_human_tasks_office_queue");
        builder.HasIndex(t => new { t.Assignee, t.Status, t.DueAt }).HasDatabaseName("ix_human_tasks_assignee");
        builder.HasIndex(t => t.ActivityInstanceId).HasDatabaseName("ix_human_tasks_activity_instance");
        builder.HasIndex(t => t.WorkflowInstanceId).HasDatabaseName("ix_human_tasks_instance");
        // Need to know: "the cases they hold or held a task on" looks tasks up by case.
        builder.HasIndex(t => t.CaseId).HasDatabaseName("ix_human_tasks_case");
        builder.HasIndex(t => new { t.Status, t.DueAt }).HasDatabaseName("ix_human_tasks_overdue_unnoticed").HasFilter(HumanTaskFilters.Unnoticed);
    }
}
