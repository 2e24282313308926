using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.ProviderNeutral;

/// <summary>
/// Users, roles and API keys (ASP.NET Core Identity's version-1 tables under our names), and the shared
/// data-protection key ring that lets every node read cookies and tokens issued by another.
/// </summary>
public abstract class Identity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "users",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                display_name = table.Column<string>(maxLength: 200, nullable: false),
                office = table.Column<string>(maxLength: 100, nullable: false),
                user_name = table.Column<string>(maxLength: 256, nullable: true),
                normalized_user_name = table.Column<string>(maxLength: 256, nullable: true),
                email = table.Column<string>(maxLength: 256, nullable: true),
                normalized_email = table.Column<string>(maxLength: 256, nullable: true),
                email_confirmed = table.Column<bool>(nullable: false),
                password_hash = table.Column<string>(nullable: true),
                security_stamp = table.Column<string>(nullable: true),
                concurrency_stamp = table.Column<string>(nullable: true),
                phone_number = table.Column<string>(nullable: true),
                phone_number_confirmed = table.Column<bool>(nullable: false),
                two_factor_enabled = table.Column<bool>(nullable: false),
                lockout_end = table.Column<DateTimeOffset>(nullable: true),
                lockout_enabled = table.Column<bool>(nullable: false),
                access_failed_count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_users", x => x.id));
        migrationBuilder.CreateIndex("ux_users_normalized_user_name", "users", "normalized_user_name", unique: true);
        migrationBuilder.CreateIndex("ix_users_normalized_email", "users", "normalized_email");
        migrationBuilder.CreateIndex("ix_users_office", "users", "office");

        migrationBuilder.CreateTable(
            name: "roles",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                name = table.Column<string>(maxLength: 256, nullable: true),
                normalized_name = table.Column<string>(maxLength: 256, nullable: true),
                concurrency_stamp = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_roles", x => x.id));
        migrationBuilder.CreateIndex("ux_roles_normalized_name", "roles", "normalized_name", unique: true);

        migrationBuilder.CreateTable(
            name: "user_roles",
            columns: table => new
            {
                user_id = table.Column<string>(nullable: false),
                role_id = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_roles", x => new { x.user_id, x.role_id });
                table.ForeignKey("FK_user_roles_users_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_user_roles_roles_role_id", x => x.role_id, "roles", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_user_roles_role_id", "user_roles", "role_id");

        migrationBuilder.CreateTable(
            name: "user_claims",
            columns: table => new
            {
                id = AutoIncrement(table.Column<int>(nullable: false)),
                user_id = table.Column<string>(nullable: false),
                claim_type = table.Column<string>(nullable: true),
                claim_value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_claims", x => x.id);
                table.ForeignKey("FK_user_claims_users_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_user_claims_user_id", "user_claims", "user_id");

        migrationBuilder.CreateTable(
            name: "user_logins",
            columns: table => new
            {
                login_provider = table.Column<string>(nullable: false),
                provider_key = table.Column<string>(nullable: false),
                provider_display_name = table.Column<string>(nullable: true),
                user_id = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_logins", x => new { x.login_provider, x.provider_key });
                table.ForeignKey("FK_user_logins_users_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_user_logins_user_id", "user_logins", "user_id");

        migrationBuilder.CreateTable(
            name: "user_tokens",
            columns: table => new
            {
                user_id = table.Column<string>(nullable: false),
                login_provider = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                table.ForeignKey("FK_user_tokens_users_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "role_claims",
            columns: table => new
            {
                id = AutoIncrement(table.Column<int>(nullable: false)),
                role_id = table.Column<string>(nullable: false),
                claim_type = table.Column<string>(nullable: true),
                claim_value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_role_claims", x => x.id);
                table.ForeignKey("FK_role_claims_roles_role_id", x => x.role_id, "roles", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_role_claims_role_id", "role_claims", "role_id");

        migrationBuilder.CreateTable(
            name: "api_keys",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 100, nullable: false),
                name = table.Column<string>(maxLength: 200, nullable: false),
                key_hash = table.Column<string>(maxLength: 64, nullable: false),
                prefix = table.Column<string>(maxLength: 20, nullable: false),
                role = table.Column<string>(maxLength: 100, nullable: false),
                office = table.Column<string>(maxLength: 100, nullable: false),
                created_by = table.Column<string>(maxLength: 200, nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                expires_at = table.Column<DateTime>(nullable: true),
                revoked_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_api_keys", x => x.id));
        migrationBuilder.CreateIndex("ux_api_keys_key_hash", "api_keys", "key_hash", unique: true);

        migrationBuilder.CreateTable(
            name: "data_protection_keys",
            columns: table => new
            {
                id = AutoIncrement(table.Column<int>(nullable: false)),
                friendly_name = table.Column<string>(maxLength: 200, nullable: true),
                xml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_data_protection_keys", x => x.id));
    }

    // Each provider reads its own annotation and ignores the other's, so one migration serves both.
    private static OperationBuilder<AddColumnOperation> AutoIncrement(OperationBuilder<AddColumnOperation> column) =>
        column.Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "data_protection_keys", "api_keys", "role_claims", "user_tokens", "user_logins", "user_claims", "user_roles", "roles", "users" })
            migrationBuilder.DropTable(table);
    }
}
