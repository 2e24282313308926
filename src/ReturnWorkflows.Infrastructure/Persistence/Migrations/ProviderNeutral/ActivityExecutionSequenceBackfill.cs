namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.ProviderNeutral;

/// <summary>
/// Numbers the activity execution records written before they had a sequence: each takes the sequence of its own
/// "Started" journal line, as new records do. Plain SQL that both PostgreSQL and SQLite run.
/// </summary>
internal static class ActivityExecutionSequenceBackfill
{
    public const string Sql = """
        UPDATE activity_executions SET sequence = COALESCE((
            SELECT MIN(j.sequence) FROM journal_entries j
            WHERE j.workflow_instance_id = activity_executions.workflow_instance_id
              AND j.activity_instance_id = activity_executions.id AND j.event_name = 'Started'), 0);
        """;
}
