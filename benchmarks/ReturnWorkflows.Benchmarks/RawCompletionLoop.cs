using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace ReturnWorkflows.Benchmarks;

/// <summary>
/// What one task completion costs PostgreSQL at the least, measured with hand-written SQL on raw Npgsql: the rows our
/// server writes for a completion (counted from its own run, <see cref="CompletionShape"/>), copied from the rows it
/// wrote, in the same transactions: the queue read; the claim; then lock the instance, check the task, store the
/// idempotency key, delete the bookmark, complete the task, insert the activity and journal rows, the next bookmark
/// and task, and write the instance's state under its version. Writes go in one batch (one round trip), as EF Core's
/// SaveChanges batches them.
/// </summary>
internal static class RawCompletionLoop
{
    public sealed record Result(double Rate, List<double> Latencies);

    public static async Task<Result> RunAsync(string connectionString, CompletionShape shape, int clients, TimeSpan length)
    {
        var latencies = new ConcurrentBag<double>();
        var completions = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(1, clients).Select(async client =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            var run = Guid.NewGuid().ToString("N")[..8];
            var office = $"RAW-{run}-{client}";
            var instanceId = $"raw-{run}-{client}";
            var (taskId, bookmarkId) = await SeedAsync(connection, shape, instanceId, office);
            var sequence = 0L; // journal and activity rows are numbered per instance
            while (clock.Elapsed < length)
            {
                await using (var queue = new NpgsqlCommand(
                    "SELECT * FROM human_tasks WHERE candidate_office = $1 AND status = 'Open' ORDER BY priority DESC, due_at, created_at LIMIT 1", connection))
                {
                    queue.Parameters.Add(new NpgsqlParameter { Value = office });
                    await using var reader = await queue.ExecuteReaderAsync();
                    if (!await reader.ReadAsync()) throw new InvalidOperationException("The raw loop lost its task.");
                }
                var watch = Stopwatch.StartNew();
                await ClaimAsync(connection, taskId);
                (taskId, bookmarkId, sequence) = await CompleteAsync(connection, shape, instanceId, taskId, bookmarkId, office, sequence);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                Interlocked.Increment(ref completions);
            }
        }));
        return new Result(completions / clock.Elapsed.TotalSeconds, latencies.ToList());
    }

    private static async Task<(string TaskId, string BookmarkId)> SeedAsync(NpgsqlConnection connection, CompletionShape shape, string instanceId, string office)
    {
        var taskId = NewId();
        var bookmarkId = NewId();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(shape.Instance.Insert(new() { ["id"] = instanceId }));
        batch.BatchCommands.Add(shape.Bookmark.Insert(new() { ["id"] = bookmarkId, ["workflow_instance_id"] = instanceId }));
        batch.BatchCommands.Add(shape.Task.Insert(new()
        {
            ["id"] = taskId, ["workflow_instance_id"] = instanceId, ["bookmark_id"] = bookmarkId, ["candidate_office"] = office,
            ["status"] = "Open", ["assignee"] = DBNull.Value, ["outcome"] = DBNull.Value, ["completed_at"] = DBNull.Value, ["completed_by"] = DBNull.Value,
        }));
        await batch.ExecuteNonQueryAsync();
        return (taskId, bookmarkId);
    }

    private static async Task ClaimAsync(NpgsqlConnection connection, string taskId)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var claim = new NpgsqlCommand(
            "UPDATE human_tasks SET assignee = 'raw', status = 'Assigned', version = version + 1, updated_at = $2 WHERE id = $1 AND status = 'Open'", connection, transaction))
        {
            claim.Parameters.Add(new NpgsqlParameter { Value = taskId });
            claim.Parameters.Add(new NpgsqlParameter { Value = DateTime.UtcNow });
            if (await claim.ExecuteNonQueryAsync() != 1) throw new InvalidOperationException("Claim lost.");
        }
        await transaction.CommitAsync();
    }

    private static async Task<(string TaskId, string BookmarkId, long Sequence)> CompleteAsync(
        NpgsqlConnection connection, CompletionShape shape, string instanceId, string taskId, string bookmarkId, string office, long sequence)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        long version;
        await using (var lockInstance = new NpgsqlCommand("SELECT * FROM workflow_instances WHERE id = $1 FOR UPDATE", connection, transaction))
        {
            lockInstance.Parameters.Add(new NpgsqlParameter { Value = instanceId });
            await using var reader = await lockInstance.ExecuteReaderAsync();
            await reader.ReadAsync();
            version = Convert.ToInt64(reader["concurrency_version"]);
            _ = reader["state"]; // the state is read and parsed by the engine; here it is at least fetched
        }
        await using (var readTask = new NpgsqlCommand("SELECT * FROM human_tasks WHERE id = $1 FOR UPDATE", connection, transaction))
        {
            readTask.Parameters.Add(new NpgsqlParameter { Value = taskId });
            await using var reader = await readTask.ExecuteReaderAsync();
            if (!await reader.ReadAsync() || (string)reader["status"] != "Assigned") throw new InvalidOperationException("Task not assigned.");
        }

        var now = DateTime.UtcNow;
        var (nextTask, nextBookmark) = (NewId(), NewId());
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(Command("INSERT INTO idempotency_keys (key, command_name, created_at, request_hash, response_json) VALUES ($1, 'CompleteHumanTask', $2, $3, $4)",
            NewId(), now, new string('h', 64), shape.ResponseJson));
        batch.BatchCommands.Add(Command("DELETE FROM bookmarks WHERE id = $1", bookmarkId));
        batch.BatchCommands.Add(Command("UPDATE human_tasks SET status = 'Completed', outcome = 'Done', completed_at = $2, completed_by = 'raw', version = version + 1, updated_at = $2 WHERE id = $1",
            taskId, now));
        for (var i = 0; i < shape.ActivityRowsPerCompletion; i++)
            batch.BatchCommands.Add(shape.Activity.Insert(new() { ["id"] = NewId(), ["workflow_instance_id"] = instanceId, ["sequence"] = ++sequence }));
        for (var i = 0; i < shape.JournalRowsPerCompletion; i++)
            batch.BatchCommands.Add(shape.Journal.Insert(new() { ["id"] = NewId(), ["workflow_instance_id"] = instanceId, ["sequence"] = ++sequence, ["timestamp"] = now }));
        batch.BatchCommands.Add(shape.Bookmark.Insert(new() { ["id"] = nextBookmark, ["workflow_instance_id"] = instanceId }));
        batch.BatchCommands.Add(shape.Task.Insert(new()
        {
            ["id"] = nextTask, ["workflow_instance_id"] = instanceId, ["bookmark_id"] = nextBookmark, ["candidate_office"] = office,
            ["status"] = "Open", ["assignee"] = DBNull.Value, ["outcome"] = DBNull.Value, ["completed_at"] = DBNull.Value, ["completed_by"] = DBNull.Value,
        }));
        batch.BatchCommands.Add(Command("UPDATE workflow_instances SET state = $2, concurrency_version = $3, updated_at = $4 WHERE id = $1 AND concurrency_version = $5",
            instanceId, shape.State, version + 1, now, version));
        await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return (nextTask, nextBookmark, sequence);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
