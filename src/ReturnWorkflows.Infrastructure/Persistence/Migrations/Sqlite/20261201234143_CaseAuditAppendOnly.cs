using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The case audit trail is append-only in the database file too, not only in our DbContext: triggers refuse any
    /// UPDATE or DELETE of <c>case_audit</c> (SQLite has no TRUNCATE; DROP TABLE needs the file itself).
    /// </summary>
    public partial class CaseAuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER case_audit_no_update BEFORE UPDATE ON case_audit
                BEGIN SELECT RAISE(ABORT, 'The case audit trail is append-only: its rows are never changed or deleted.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER case_audit_no_delete BEFORE DELETE ON case_audit
                BEGIN SELECT RAISE(ABORT, 'The case audit trail is append-only: its rows are never changed or deleted.'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER case_audit_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER case_audit_no_update;");
        }
    }
}
