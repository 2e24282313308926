using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TimerWakeups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "timer_wakeups",
                columns: table => new
                {
                    bookmark_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    job_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_timer_wakeups", x => x.bookmark_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "timer_wakeups");
        }
    }
}
