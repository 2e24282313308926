using Microsoft.EntityFrameworkCore.Migrations;

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.ProviderNeutral;

/// <summary>In-application notices per person, unread until read.</summary>
public abstract class Notifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "notifications",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 100, nullable: false),
                user_name = table.Column<string>(maxLength: 256, nullable: false),
                kind = table.Column<string>(maxLength: 30, nullable: false),
                title = table.Column<string>(maxLength: 400, nullable: false),
                link = table.Column<string>(maxLength: 400, nullable: true),
                task_id = table.Column<string>(maxLength: 100, nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
                read_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_notifications", x => x.id));
        migrationBuilder.CreateIndex("ix_notifications_user_unread", "notifications", ["user_name", "read_at", "created_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("notifications");
}
