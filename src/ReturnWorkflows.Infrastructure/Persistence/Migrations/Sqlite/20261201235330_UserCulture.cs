using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UserCulture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "culture",
                table: "users",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "culture",
                table: "users");
        }
    }
}
