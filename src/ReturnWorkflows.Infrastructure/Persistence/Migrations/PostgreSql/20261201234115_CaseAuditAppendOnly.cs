using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// The case audit trail is append-only in the database too, not only in our DbContext: a trigger refuses any
    /// UPDATE, DELETE or TRUNCATE of <c>case_audit</c>, whoever connects (a console session, a script, a bug).
    /// </summary>
    public partial class CaseAuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION case_audit_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The case audit trail is append-only: its rows are never changed or deleted.'
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER case_audit_no_rewrite BEFORE UPDATE OR DELETE ON case_audit
                    FOR EACH ROW EXECUTE FUNCTION case_audit_refuse_rewrite();
                CREATE TRIGGER case_audit_no_truncate BEFORE TRUNCATE ON case_audit
                    FOR EACH STATEMENT EXECUTE FUNCTION case_audit_refuse_rewrite();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER case_audit_no_truncate ON case_audit;
                DROP TRIGGER case_audit_no_rewrite ON case_audit;
                DROP FUNCTION case_audit_refuse_rewrite();
                """);
        }
    }
}
