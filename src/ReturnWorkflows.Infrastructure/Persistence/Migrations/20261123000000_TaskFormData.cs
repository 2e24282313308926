using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations;

/// <summary>The form data a task was completed with, kept on the task (it is also handed to the workflow).</summary>
[DbContext(typeof(ReturnWorkflowsDbContext))]
[Migration("20261123000000_TaskFormData")]
public sealed class TaskFormData : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "form_data", table: "human_tasks", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "form_data", table: "human_tasks");
}
