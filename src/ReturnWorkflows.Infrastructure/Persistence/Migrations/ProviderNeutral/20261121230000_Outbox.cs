using Microsoft.EntityFrameworkCore.Migrations;

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.ProviderNeutral;

/// <summary>The outbox: messages written in a step and sent after it commits, each with a unique key.</summary>
public abstract class Outbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "outbox_messages",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 100, nullable: false),
                key = table.Column<string>(maxLength: 300, nullable: false),
                channel = table.Column<string>(maxLength: 20, nullable: false),
                recipient = table.Column<string>(maxLength: 300, nullable: false),
                subject = table.Column<string>(maxLength: 300, nullable: false),
                body = table.Column<string>(nullable: false),
                status = table.Column<string>(maxLength: 20, nullable: false),
                attempts = table.Column<int>(nullable: false),
                next_attempt_at = table.Column<DateTime>(nullable: false),
                last_error = table.Column<string>(nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
                sent_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_outbox_messages", x => x.id));
        migrationBuilder.CreateIndex("ux_outbox_messages_key", "outbox_messages", "key", unique: true);
        migrationBuilder.CreateIndex("ix_outbox_messages_due", "outbox_messages", ["status", "next_attempt_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("outbox_messages");
}
