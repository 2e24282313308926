using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LegalStatusAndDepartureDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "departure_deadline_warning_days",
                table: "offices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<string>(
                name: "legal_status",
                table: "cases",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "legal_status_note",
                table: "cases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "legal_status_recorded_at",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "legal_status_recorded_by",
                table: "cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_departure_deadlines",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    change = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_departure_deadlines", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_departure_deadlines_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_case_departure_deadlines_case_sequence",
                table: "case_departure_deadlines",
                columns: new[] { "case_id", "sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_departure_deadlines");

            migrationBuilder.DropColumn(
                name: "departure_deadline_warning_days",
                table: "offices");

            migrationBuilder.DropColumn(
                name: "legal_status",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "legal_status_note",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "legal_status_recorded_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "legal_status_recorded_by",
                table: "cases");
        }
    }
}
