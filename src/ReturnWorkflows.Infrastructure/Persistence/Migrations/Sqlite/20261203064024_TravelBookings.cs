using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TravelBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "step_settings",
                table: "human_tasks",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_travel_bookings",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    flight_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    departs_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    route = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    escort = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    group_reference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    traveller_ids = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    booked_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    booked_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    briefed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    allowance_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    allowance_currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    consent_reconfirmed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    fit_checked_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    fit_to_travel = table.Column<bool>(type: "INTEGER", nullable: true),
                    airline_medical_form_done = table.Column<bool>(type: "INTEGER", nullable: true),
                    outcome_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    outcome_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    outcome_recorded_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    outcome_recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_travel_bookings", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_travel_bookings_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_travel_bookings_case_status",
                table: "case_travel_bookings",
                columns: new[] { "case_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_case_travel_bookings_group",
                table: "case_travel_bookings",
                column: "group_reference");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_travel_bookings");

            migrationBuilder.DropColumn(
                name: "step_settings",
                table: "human_tasks");
        }
    }
}
