using Microsoft.EntityFrameworkCore.Migrations;
using ReturnWorkflows.Infrastructure.Persistence.Configurations;

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.ProviderNeutral;

/// <summary>
/// When the overdue sweep told a task's holder it is overdue (once per task), and the index the sweep reads: tasks
/// not yet told, by status and due date.
/// </summary>
public abstract class TaskOverdueNotice : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "overdue_noticed_at", table: "human_tasks", nullable: true);
        migrationBuilder.CreateIndex(name: "ix_human_tasks_overdue_unnoticed", table: "human_tasks", columns: ["status", "due_at"],
            filter: HumanTaskFilters.Unnoticed);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "ix_human_tasks_overdue_unnoticed", table: "human_tasks");
        migrationBuilder.DropColumn(name: "overdue_noticed_at", table: "human_tasks");
    }
}
