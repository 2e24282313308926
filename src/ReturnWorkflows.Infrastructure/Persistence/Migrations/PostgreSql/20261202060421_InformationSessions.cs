using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InformationSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "information_sessions",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    office = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    place_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    place_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    language = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ran_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    girls = table.Column<int>(type: "integer", nullable: false),
                    boys = table.Column<int>(type: "integer", nullable: false),
                    women = table.Column<int>(type: "integer", nullable: false),
                    men = table.Column<int>(type: "integer", nullable: false),
                    older_women = table.Column<int>(type: "integer", nullable: false),
                    older_men = table.Column<int>(type: "integer", nullable: false),
                    requested_counselling = table.Column<int>(type: "integer", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_information_sessions", x => x.id);
                    table.ForeignKey(
                        name: "FK_information_sessions_offices_office",
                        column: x => x.office,
                        principalTable: "offices",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_information_sessions_office_date",
                table: "information_sessions",
                columns: new[] { "office", "date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "information_sessions");
        }
    }
}
