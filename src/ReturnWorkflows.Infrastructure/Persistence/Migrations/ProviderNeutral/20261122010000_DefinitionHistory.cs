using Microsoft.EntityFrameworkCore.Migrations;

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.ProviderNeutral;

/// <summary>Every saved draft as a revision, and the audit of publish, retract, delete, import, revert and restore.</summary>
public abstract class DefinitionHistory : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "workflow_definition_revisions",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 100, nullable: false),
                definition_id = table.Column<string>(maxLength: 100, nullable: false),
                version_id = table.Column<string>(maxLength: 100, nullable: false),
                version = table.Column<int>(nullable: false),
                revision = table.Column<int>(nullable: false),
                content = table.Column<string>(nullable: false),
                saved_by = table.Column<string>(maxLength: 200, nullable: false),
                saved_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_workflow_definition_revisions", x => x.id));
        migrationBuilder.CreateIndex("ix_workflow_definition_revisions_definition", "workflow_definition_revisions", ["definition_id", "saved_at"]);
        migrationBuilder.CreateIndex("ix_workflow_definition_revisions_version", "workflow_definition_revisions", ["version_id", "revision"]);

        migrationBuilder.CreateTable(
            name: "workflow_definition_audit",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 100, nullable: false),
                definition_id = table.Column<string>(maxLength: 100, nullable: false),
                version_id = table.Column<string>(maxLength: 100, nullable: true),
                version = table.Column<int>(nullable: true),
                action = table.Column<string>(maxLength: 30, nullable: false),
                actor = table.Column<string>(maxLength: 200, nullable: false),
                at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_workflow_definition_audit", x => x.id));
        migrationBuilder.CreateIndex("ix_workflow_definition_audit_definition", "workflow_definition_audit", ["definition_id", "at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("workflow_definition_audit");
        migrationBuilder.DropTable("workflow_definition_revisions");
    }
}
