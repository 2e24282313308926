using Microsoft.EntityFrameworkCore.Migrations;

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.ProviderNeutral;

/// <summary>Human tasks: the rows the inbox queries, with indexes for office queues and personal lists.</summary>
public abstract class HumanTasks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "human_tasks",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 100, nullable: false),
                workflow_instance_id = table.Column<string>(maxLength: 100, nullable: false),
                bookmark_id = table.Column<string>(maxLength: 100, nullable: false),
                activity_id = table.Column<string>(maxLength: 100, nullable: false),
                activity_instance_id = table.Column<string>(maxLength: 100, nullable: false),
                title = table.Column<string>(maxLength: 300, nullable: false),
                description = table.Column<string>(nullable: true),
                form_key = table.Column<string>(maxLength: 100, nullable: true),
                candidate_role = table.Column<string>(maxLength: 100, nullable: true),
                candidate_office = table.Column<string>(maxLength: 100, nullable: true),
                status = table.Column<string>(maxLength: 20, nullable: false),
                assignee = table.Column<string>(maxLength: 200, nullable: true),
                priority = table.Column<int>(nullable: false),
                due_at = table.Column<DateTime>(nullable: true),
                outcomes = table.Column<string>(nullable: false),
                correlation_id = table.Column<string>(maxLength: 200, nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
                completed_at = table.Column<DateTime>(nullable: true),
                completed_by = table.Column<string>(maxLength: 200, nullable: true),
                outcome = table.Column<string>(maxLength: 100, nullable: true),
                reassigned_by = table.Column<string>(maxLength: 200, nullable: true),
                reassigned_at = table.Column<DateTime>(nullable: true),
                version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_human_tasks", x => x.id);
                table.ForeignKey("FK_human_tasks_workflow_instances_workflow_instance_id", x => x.workflow_instance_id,
                    "workflow_instances", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_human_tasks_office_queue", "human_tasks", ["candidate_office", "status", "due_at"]);
        migrationBuilder.CreateIndex("ix_human_tasks_assignee", "human_tasks", ["assignee", "status", "due_at"]);
        migrationBuilder.CreateIndex("ix_human_tasks_activity_instance", "human_tasks", "activity_instance_id");
        migrationBuilder.CreateIndex("ix_human_tasks_instance", "human_tasks", "workflow_instance_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("human_tasks");
}
