namespace ReturnWorkflows.Server.Tests.Documents;

/// <summary>The document API's answers that write audit rows, on SQLite as well as PostgreSQL.</summary>
public sealed class CaseDocumentSqliteTests(SqliteDocumentServer api) : IClassFixture<SqliteDocumentServer>
{
    [Fact]
    public Task A_document_whose_file_is_missing_or_tampered_with_is_a_409_naming_the_document_and_the_attempt_is_audited() =>
        CaseDocumentApiTests.UnreadableIsAConflictAsync(api);
}
