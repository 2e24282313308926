using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MonitoringAndSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_monitoring_plans",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    arrived_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    programme_ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    sample_share_percent = table.Column<int>(type: "INTEGER", nullable: true),
                    sample_draw = table.Column<int>(type: "INTEGER", nullable: true),
                    in_sample = table.Column<bool>(type: "INTEGER", nullable: false),
                    planned_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    planned_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_monitoring_plans", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_monitoring_plans_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_survey_responses",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    round = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    person_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    survey_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    survey_version = table.Column<int>(type: "INTEGER", nullable: false),
                    answered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    answers = table.Column<string>(type: "TEXT", nullable: false),
                    economic_score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 3, nullable: true),
                    social_score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 3, nullable: true),
                    psychosocial_score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 3, nullable: true),
                    composite_score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 3, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_survey_responses", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_survey_responses_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sustainability_surveys",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    is_sample = table.Column<bool>(type: "INTEGER", nullable: false),
                    published_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    questions = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sustainability_surveys", x => new { x.id, x.version });
                });

            migrationBuilder.CreateTable(
                name: "case_monitoring_visits",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    plan_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    months_after_arrival = table.Column<int>(type: "INTEGER", nullable: false),
                    planned_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    held_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_monitoring_visits", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_monitoring_visits_case_monitoring_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "case_monitoring_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_case_monitoring_plans_case",
                table: "case_monitoring_plans",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_monitoring_visits_plan_id",
                table: "case_monitoring_visits",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_monitoring_visits_status_day",
                table: "case_monitoring_visits",
                columns: new[] { "status", "planned_on" });

            migrationBuilder.CreateIndex(
                name: "ix_case_survey_responses_case_round",
                table: "case_survey_responses",
                columns: new[] { "case_id", "round" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_monitoring_visits");

            migrationBuilder.DropTable(
                name: "case_survey_responses");

            migrationBuilder.DropTable(
                name: "sustainability_surveys");

            migrationBuilder.DropTable(
                name: "case_monitoring_plans");
        }
    }
}
