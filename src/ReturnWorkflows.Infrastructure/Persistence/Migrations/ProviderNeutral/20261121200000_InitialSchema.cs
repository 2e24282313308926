using Microsoft.EntityFrameworkCore.Migrations;

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.ProviderNeutral;

/// <summary>
/// Definitions and versions, instances, bookmarks, journal, incidents, idempotency keys.
/// Written by hand before migrations came from <c>dotnet ef</c>, like the others in this folder, and provider-neutral:
/// no column types are named, so PostgreSQL and SQLite each map the CLR types as the model does. Each provider's
/// folder (Migrations/PostgreSql, Migrations/Sqlite) derives its migration from this one under the same id.
/// MigrationsMatchModelTests proves the result equals the model on both.
/// </summary>
public abstract class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "workflow_definition_versions",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 100, nullable: false),
                definition_id = table.Column<string>(maxLength: 100, nullable: false),
                version = table.Column<int>(nullable: false),
                name = table.Column<string>(maxLength: 200, nullable: true),
                description = table.Column<string>(nullable: true),
                is_latest = table.Column<bool>(nullable: false),
                is_published = table.Column<bool>(nullable: false),
                is_readonly = table.Column<bool>(nullable: false),
                is_system = table.Column<bool>(nullable: false),
                tool_version = table.Column<string>(maxLength: 50, nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
                revision = table.Column<int>(nullable: false),
                content = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_workflow_definition_versions", x => x.id));
        migrationBuilder.CreateIndex("ux_workflow_definition_versions_version", "workflow_definition_versions", ["definition_id", "version"], unique: true);
        migrationBuilder.CreateIndex("ux_workflow_definition_versions_latest", "workflow_definition_versions", "definition_id", unique: true, filter: "\"is_latest\"");
        migrationBuilder.CreateIndex("ux_workflow_definition_versions_published", "workflow_definition_versions", "definition_id", unique: true, filter: "\"is_published\"");

        migrationBuilder.CreateTable(
            name: "workflow_instances",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 100, nullable: false),
                definition_id = table.Column<string>(maxLength: 100, nullable: false),
                definition_version_id = table.Column<string>(maxLength: 100, nullable: false),
                definition_version = table.Column<int>(nullable: false),
                parent_instance_id = table.Column<string>(maxLength: 100, nullable: true),
                status = table.Column<string>(maxLength: 20, nullable: false),
                sub_status = table.Column<string>(maxLength: 20, nullable: false),
                correlation_id = table.Column<string>(maxLength: 200, nullable: true),
                name = table.Column<string>(maxLength: 200, nullable: true),
                incident_count = table.Column<int>(nullable: false),
                is_system = table.Column<bool>(nullable: false),
                is_test_run = table.Column<bool>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
                finished_at = table.Column<DateTime>(nullable: true),
                state_format_version = table.Column<int>(nullable: false),
                state = table.Column<string>(nullable: false),
                concurrency_version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_workflow_instances", x => x.id);
                table.ForeignKey("FK_workflow_instances_workflow_definition_versions_definition_version_id", x => x.definition_version_id,
                    "workflow_definition_versions", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_workflow_instances_status", "workflow_instances", ["status", "sub_status"]);
        migrationBuilder.CreateIndex("ix_workflow_instances_definition", "workflow_instances", "definition_id");
        migrationBuilder.CreateIndex("ix_workflow_instances_definition_version", "workflow_instances", "definition_version_id");
        migrationBuilder.CreateIndex("ix_workflow_instances_correlation", "workflow_instances", "correlation_id");
        migrationBuilder.CreateIndex("ix_workflow_instances_created", "workflow_instances", "created_at");
        migrationBuilder.CreateIndex("ix_workflow_instances_updated", "workflow_instances", "updated_at");

        migrationBuilder.CreateTable(
            name: "bookmarks",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 100, nullable: false),
                workflow_instance_id = table.Column<string>(maxLength: 100, nullable: false),
                name = table.Column<string>(maxLength: 200, nullable: false),
                hash = table.Column<string>(maxLength: 64, nullable: false),
                payload = table.Column<string>(nullable: true),
                activity_id = table.Column<string>(maxLength: 100, nullable: false),
                activity_node_id = table.Column<string>(maxLength: 1000, nullable: false),
                activity_instance_id = table.Column<string>(maxLength: 100, nullable: false),
                correlation_id = table.Column<string>(maxLength: 200, nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
                due_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_bookmarks", x => x.id);
                table.ForeignKey("FK_bookmarks_workflow_instances_workflow_instance_id", x => x.workflow_instance_id,
                    "workflow_instances", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_bookmarks_hash", "bookmarks", "hash");
        migrationBuilder.CreateIndex("ix_bookmarks_instance", "bookmarks", "workflow_instance_id");
        migrationBuilder.CreateIndex("ix_bookmarks_due", "bookmarks", "due_at", filter: "\"due_at\" IS NOT NULL");

        migrationBuilder.CreateTable(
            name: "journal_entries",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 100, nullable: false),
                workflow_instance_id = table.Column<string>(maxLength: 100, nullable: false),
                sequence = table.Column<long>(nullable: false),
                activity_instance_id = table.Column<string>(maxLength: 100, nullable: true),
                parent_activity_instance_id = table.Column<string>(maxLength: 100, nullable: true),
                activity_id = table.Column<string>(maxLength: 100, nullable: false),
                activity_type = table.Column<string>(maxLength: 200, nullable: false),
                activity_type_version = table.Column<int>(nullable: false),
                activity_name = table.Column<string>(maxLength: 200, nullable: true),
                node_id = table.Column<string>(maxLength: 1000, nullable: false),
                timestamp = table.Column<DateTime>(nullable: false),
                event_name = table.Column<string>(maxLength: 50, nullable: true),
                message = table.Column<string>(nullable: true),
                source = table.Column<string>(maxLength: 200, nullable: true),
                payload = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_journal_entries", x => x.id);
                table.ForeignKey("FK_journal_entries_workflow_instances_workflow_instance_id", x => x.workflow_instance_id,
                    "workflow_instances", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ux_journal_entries_sequence", "journal_entries", ["workflow_instance_id", "sequence"], unique: true);

        migrationBuilder.CreateTable(
            name: "incidents",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 100, nullable: false),
                workflow_instance_id = table.Column<string>(maxLength: 100, nullable: false),
                activity_id = table.Column<string>(maxLength: 100, nullable: false),
                activity_node_id = table.Column<string>(maxLength: 1000, nullable: false),
                activity_type = table.Column<string>(maxLength: 200, nullable: false),
                activity_instance_id = table.Column<string>(maxLength: 100, nullable: true),
                message = table.Column<string>(nullable: false),
                exception = table.Column<string>(nullable: true),
                timestamp = table.Column<DateTime>(nullable: false),
                resolved_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_incidents", x => x.id);
                table.ForeignKey("FK_incidents_workflow_instances_workflow_instance_id", x => x.workflow_instance_id,
                    "workflow_instances", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_incidents_instance", "incidents", "workflow_instance_id");

        migrationBuilder.CreateTable(
            name: "idempotency_keys",
            columns: table => new
            {
                key = table.Column<string>(maxLength: 200, nullable: false),
                command_name = table.Column<string>(maxLength: 200, nullable: false),
                request_hash = table.Column<string>(maxLength: 64, nullable: false),
                response_json = table.Column<string>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_idempotency_keys", x => x.key));
        migrationBuilder.CreateIndex("ix_idempotency_keys_created", "idempotency_keys", "created_at");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "idempotency_keys", "incidents", "journal_entries", "bookmarks", "workflow_instances", "workflow_definition_versions" })
            migrationBuilder.DropTable(table);
    }
}
