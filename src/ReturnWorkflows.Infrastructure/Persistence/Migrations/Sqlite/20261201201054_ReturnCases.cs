using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReturnCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "case_id",
                table: "workflow_instances",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "case_id",
                table: "human_tasks",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "countries_of_return",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    local_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status_effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_countries_of_return", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "offices",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    hosts_migrants = table.Column<bool>(type: "INTEGER", nullable: false),
                    receives_returnees = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_offices", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    donor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    last_intake_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    last_departure_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    offices = table.Column<string>(type: "TEXT", nullable: false),
                    managers = table.Column<string>(type: "TEXT", nullable: false),
                    returns_target = table.Column<int>(type: "INTEGER", nullable: false),
                    reintegration_target = table.Column<int>(type: "INTEGER", nullable: false),
                    lifecycle_workflow_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programmes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    host_office = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    number_year = table.Column<int>(type: "INTEGER", nullable: false),
                    number_sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    country_of_return = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    programme_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    closure_reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.id);
                    table.ForeignKey(
                        name: "FK_cases_countries_of_return_country_of_return",
                        column: x => x.country_of_return,
                        principalTable: "countries_of_return",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cases_offices_host_office",
                        column: x => x.host_office,
                        principalTable: "offices",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cases_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_audit",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    section = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    old_value = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    new_value = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_audit", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_audit_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_persons",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    is_principal = table.Column<bool>(type: "INTEGER", nullable: false),
                    given_names = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    family_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_in_document = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    date_of_birth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    estimated_birth_year = table.Column<int>(type: "INTEGER", nullable: true),
                    sex = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    nationality = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    languages = table.Column<string>(type: "TEXT", nullable: false),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_persons", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_persons_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_consents",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    person_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    interpreter = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    guardian = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_consents", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_consents_case_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "case_persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_vulnerabilities",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    person_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    findings = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_vulnerabilities", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_vulnerabilities_case_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "case_persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_case",
                table: "workflow_instances",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_human_tasks_case",
                table: "human_tasks",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_audit_actor",
                table: "case_audit",
                columns: new[] { "actor", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_audit_case",
                table: "case_audit",
                columns: new[] { "case_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_consents_person_kind",
                table: "case_consents",
                columns: new[] { "person_id", "kind", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_persons_case",
                table: "case_persons",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_persons_family_name",
                table: "case_persons",
                column: "family_name");

            migrationBuilder.CreateIndex(
                name: "ix_case_vulnerabilities_person_kind",
                table: "case_vulnerabilities",
                columns: new[] { "person_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_country",
                table: "cases",
                column: "country_of_return");

            migrationBuilder.CreateIndex(
                name: "ix_cases_office_status",
                table: "cases",
                columns: new[] { "host_office", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_programme",
                table: "cases",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ux_cases_number",
                table: "cases",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_cases_office_sequence",
                table: "cases",
                columns: new[] { "host_office", "number_year", "number_sequence" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_human_tasks_cases_case_id",
                table: "human_tasks",
                column: "case_id",
                principalTable: "cases",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_workflow_instances_cases_case_id",
                table: "workflow_instances",
                column: "case_id",
                principalTable: "cases",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_human_tasks_cases_case_id",
                table: "human_tasks");

            migrationBuilder.DropForeignKey(
                name: "FK_workflow_instances_cases_case_id",
                table: "workflow_instances");

            migrationBuilder.DropTable(
                name: "case_audit");

            migrationBuilder.DropTable(
                name: "case_consents");

            migrationBuilder.DropTable(
                name: "case_vulnerabilities");

            migrationBuilder.DropTable(
                name: "case_persons");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "countries_of_return");

            migrationBuilder.DropTable(
                name: "offices");

            migrationBuilder.DropTable(
                name: "programmes");

            migrationBuilder.DropIndex(
                name: "ix_workflow_instances_case",
                table: "workflow_instances");

            migrationBuilder.DropIndex(
                name: "ix_human_tasks_case",
                table: "human_tasks");

            migrationBuilder.DropColumn(
                name: "case_id",
                table: "workflow_instances");

            migrationBuilder.DropColumn(
                name: "case_id",
                table: "human_tasks");
        }
    }
}
