using Microsoft.EntityFrameworkCore.Migrations;

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.ProviderNeutral;

/// <summary>Activity execution records: evaluated inputs (sensitive ones redacted), outcome, times, status.</summary>
public abstract class ActivityExecutions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "activity_executions",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 100, nullable: false),
                workflow_instance_id = table.Column<string>(maxLength: 100, nullable: false),
                activity_id = table.Column<string>(maxLength: 100, nullable: false),
                activity_node_id = table.Column<string>(maxLength: 1000, nullable: false),
                activity_type = table.Column<string>(maxLength: 200, nullable: false),
                activity_type_version = table.Column<int>(nullable: false),
                activity_name = table.Column<string>(maxLength: 200, nullable: true),
                activity_state = table.Column<string>(nullable: true),
                payload = table.Column<string>(nullable: true),
                exception = table.Column<string>(nullable: true),
                started_at = table.Column<DateTime>(nullable: false),
                completed_at = table.Column<DateTime>(nullable: true),
                has_bookmarks = table.Column<bool>(nullable: false),
                status = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_activity_executions", x => x.id);
                table.ForeignKey("FK_activity_executions_workflow_instances_workflow_instance_id", x => x.workflow_instance_id,
                    "workflow_instances", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_activity_executions_node", "activity_executions", ["workflow_instance_id", "activity_node_id"]);
        migrationBuilder.CreateIndex("ix_activity_executions_started", "activity_executions", ["workflow_instance_id", "started_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("activity_executions");
}
