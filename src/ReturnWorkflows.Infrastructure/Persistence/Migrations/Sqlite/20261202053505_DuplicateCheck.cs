using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DuplicateCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "birth_year",
                table: "case_persons",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "name_key",
                table: "case_persons",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_person_distinctions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    person_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    other_person_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_person_distinctions", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_person_distinctions_case_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "case_persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "duplicate_checks",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    actor_office = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    possible_match = table.Column<bool>(type: "INTEGER", nullable: false),
                    offices_shown = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_duplicate_checks", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_persons_name_key",
                table: "case_persons",
                columns: new[] { "name_key", "nationality", "birth_year" });

            migrationBuilder.CreateIndex(
                name: "ux_case_person_distinctions_pair",
                table: "case_person_distinctions",
                columns: new[] { "person_id", "other_person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_checks_actor_at",
                table: "duplicate_checks",
                columns: new[] { "actor", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_person_distinctions");

            migrationBuilder.DropTable(
                name: "duplicate_checks");

            migrationBuilder.DropIndex(
                name: "ix_case_persons_name_key",
                table: "case_persons");

            migrationBuilder.DropColumn(
                name: "birth_year",
                table: "case_persons");

            migrationBuilder.DropColumn(
                name: "name_key",
                table: "case_persons");
        }
    }
}
