using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Handovers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_handovers",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    origin_office = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    needs_assessment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    offered_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    offered_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_handovers", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_handovers_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_case_handovers_offices_origin_office",
                        column: x => x.origin_office,
                        principalTable: "offices",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_handovers_case_status",
                table: "case_handovers",
                columns: new[] { "case_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_case_handovers_office_status",
                table: "case_handovers",
                columns: new[] { "origin_office", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_handovers");
        }
    }
}
