using Microsoft.EntityFrameworkCore.Migrations;
using ReturnWorkflows.Infrastructure.Persistence.Migrations.ProviderNeutral;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// Each activity execution record's place in the order things ran (its "Started" journal line's sequence), so
    /// records list in run order even when a step gives several the same start time. Records already stored take
    /// their number from the journal.
    /// </summary>
    public partial class ActivityExecutionSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_activity_executions_started",
                table: "activity_executions");

            migrationBuilder.AddColumn<long>(
                name: "sequence",
                table: "activity_executions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.Sql(ActivityExecutionSequenceBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "ix_activity_executions_sequence",
                table: "activity_executions",
                columns: new[] { "workflow_instance_id", "sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_activity_executions_sequence",
                table: "activity_executions");

            migrationBuilder.DropColumn(
                name: "sequence",
                table: "activity_executions");

            migrationBuilder.CreateIndex(
                name: "ix_activity_executions_started",
                table: "activity_executions",
                columns: new[] { "workflow_instance_id", "started_at" });
        }
    }
}
