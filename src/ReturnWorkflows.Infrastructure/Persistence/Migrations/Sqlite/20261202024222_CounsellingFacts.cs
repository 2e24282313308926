using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CounsellingFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_counselling_sessions",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    held_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    interpreter = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    country_sheet_version = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    return_process_explained = table.Column<bool>(type: "INTEGER", nullable: false),
                    alternatives_explained = table.Column<bool>(type: "INTEGER", nullable: false),
                    right_to_withdraw_explained = table.Column<bool>(type: "INTEGER", nullable: false),
                    reintegration_support_explained = table.Column<bool>(type: "INTEGER", nullable: false),
                    decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_counselling_sessions", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_counselling_sessions_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_intake_reviews",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    result = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    reviewed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_intake_reviews", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_intake_reviews_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_counselling_sessions_case",
                table: "case_counselling_sessions",
                columns: new[] { "case_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_intake_reviews_case",
                table: "case_intake_reviews",
                columns: new[] { "case_id", "reviewed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_counselling_sessions");

            migrationBuilder.DropTable(
                name: "case_intake_reviews");
        }
    }
}
