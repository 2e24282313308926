using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.PostgreSql
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "name_key",
                table: "case_persons",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_person_distinctions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    other_person_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    actor_office = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    possible_match = table.Column<bool>(type: "boolean", nullable: false),
                    offices_shown = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
