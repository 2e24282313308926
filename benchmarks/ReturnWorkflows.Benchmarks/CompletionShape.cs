using Npgsql;

namespace ReturnWorkflows.Benchmarks;

/// <summary>
/// What our server wrote per task completion in the measured rounds, read back from its tables: how many activity
/// and journal rows, and a real row of each table to copy (state text and payloads of their real size), so that the
/// raw floor writes the same rows, not smaller ones.
/// </summary>
internal sealed record CompletionShape(
    int ActivityRowsPerCompletion, int JournalRowsPerCompletion, string State, string ResponseJson,
    RowTemplate Instance, RowTemplate Task, RowTemplate Bookmark, RowTemplate Activity, RowTemplate Journal)
{
    public static async Task<CompletionShape> MeasureAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var completions = await ScalarAsync(connection, "SELECT count(*) FROM human_tasks WHERE status = 'Completed'");
        var activities = await ScalarAsync(connection, "SELECT count(*) FROM activity_executions");
        var journal = await ScalarAsync(connection, "SELECT count(*) FROM journal_entries");
        var instance = await RowTemplate.ReadAsync(connection, "workflow_instances", "SELECT * FROM workflow_instances ORDER BY length(state) DESC LIMIT 1");
        return new CompletionShape(
            (int)Math.Round((double)activities / completions), (int)Math.Round((double)journal / completions),
            (string)instance.Values["state"], (string)(await RowTemplate.ReadAsync(connection, "idempotency_keys", "SELECT * FROM idempotency_keys LIMIT 1")).Values["response_json"],
            instance,
            await RowTemplate.ReadAsync(connection, "human_tasks", "SELECT * FROM human_tasks WHERE status = 'Completed' LIMIT 1"),
            await RowTemplate.ReadAsync(connection, "bookmarks", "SELECT * FROM bookmarks LIMIT 1"),
            await RowTemplate.ReadAsync(connection, "activity_executions", "SELECT * FROM activity_executions WHERE status = 'Completed' LIMIT 1"),
            await RowTemplate.ReadAsync(connection, "journal_entries", "SELECT * FROM journal_entries ORDER BY length(coalesce(payload, '')) DESC LIMIT 1"));
    }

    public override string ToString() =>
        $"{ActivityRowsPerCompletion} activity rows, {JournalRowsPerCompletion} journal rows, instance state {State.Length} characters";

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}

/// <summary>One real row of a table, to insert copies of with some columns changed.</summary>
internal sealed record RowTemplate(string Table, IReadOnlyDictionary<string, object> Values)
{
    public static async Task<RowTemplate> ReadAsync(NpgsqlConnection connection, string table, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) throw new InvalidOperationException($"No row in {table} to copy.");
        var values = new Dictionary<string, object>();
        for (var i = 0; i < reader.FieldCount; i++) values[reader.GetName(i)] = reader.GetValue(i);
        return new RowTemplate(table, values);
    }

    public NpgsqlBatchCommand Insert(Dictionary<string, object> changes)
    {
        var columns = Values.Keys.ToList();
        var command = new NpgsqlBatchCommand(
            $"INSERT INTO {Table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"${i + 1}"))})");
        foreach (var column in columns)
            command.Parameters.Add(new NpgsqlParameter { Value = changes.TryGetValue(column, out var changed) ? changed : Values[column] });
        return command;
    }
}
