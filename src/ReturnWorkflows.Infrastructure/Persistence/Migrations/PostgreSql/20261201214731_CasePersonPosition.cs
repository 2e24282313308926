using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CasePersonPosition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_case_persons_case",
                table: "case_persons");

            migrationBuilder.AddColumn<int>(
                name: "position",
                table: "case_persons",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "ux_case_persons_case_position",
                table: "case_persons",
                columns: new[] { "case_id", "position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_case_persons_case_position",
                table: "case_persons");

            migrationBuilder.DropColumn(
                name: "position",
                table: "case_persons");

            migrationBuilder.CreateIndex(
                name: "ix_case_persons_case",
                table: "case_persons",
                column: "case_id");
        }
    }
}
