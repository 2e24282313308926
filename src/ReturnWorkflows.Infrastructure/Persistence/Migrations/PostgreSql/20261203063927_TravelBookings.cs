using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.PostgreSql
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
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_travel_bookings",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    case_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    flight_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    departs_on = table.Column<DateOnly>(type: "date", nullable: false),
                    route = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    escort = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    group_reference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    traveller_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    booked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    booked_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    briefed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    allowance_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    allowance_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    consent_reconfirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    fit_checked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    fit_to_travel = table.Column<bool>(type: "boolean", nullable: true),
                    airline_medical_form_done = table.Column<bool>(type: "boolean", nullable: true),
                    outcome_on = table.Column<DateOnly>(type: "date", nullable: true),
                    outcome_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    outcome_recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    outcome_recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
