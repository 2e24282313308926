using System.Diagnostics;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Server;
using Npgsql;

namespace ReturnWorkflows.Benchmarks;

/// <summary>
/// The yardstick for the timers benchmark: plain Hangfire delayed jobs, no engine, in a schema of their own on the same
/// database, run by processes with a Hangfire server configured as the server's (8 workers, 1 s polls, LISTEN/NOTIFY).
/// Each run records when it started against the due time its job was given.
/// </summary>
public sealed class PlainHangfireNode
{
    public const string Schema = "hangfire_plain";
    private static string _connectionString = "";

    public static PostgreSqlStorage Storage(string connectionString)
    {
        var options = new PostgreSqlStorageOptions { SchemaName = Schema, PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(1), EnableLongPolling = true };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    /// <summary>The job: one row per run, so a job run twice shows.</summary>
    public void Run(int number, PerformContext? context)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var insert = new NpgsqlCommand("INSERT INTO plain_runs (job_id, number, ran_at) VALUES (@job, @number, @at)", connection);
        insert.Parameters.AddWithValue("job", context?.BackgroundJob.Id ?? "");
        insert.Parameters.AddWithValue("number", number);
        insert.Parameters.AddWithValue("at", DateTime.UtcNow);
        insert.ExecuteNonQuery();
    }

    /// <summary>A node: <c>hangfire-node &lt;connection string&gt;</c>; prints "ready" once its server runs, stops when killed.</summary>
    public static async Task RunNodeAsync(string connectionString)
    {
        _connectionString = connectionString;
        using var server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            WorkerCount = 8, SchedulePollingInterval = TimeSpan.FromSeconds(1), ServerName = $"plain:{Environment.ProcessId}",
        }, Storage(connectionString));
        Console.WriteLine("ready");
        await Task.Delay(Timeout.Infinite);
    }

    public static Process Start(string connectionString)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(PlainHangfireNode).Assembly.Location, "hangfire-node", connectionString])
        {
            RedirectStandardOutput = true, UseShellExecute = false,
        };
        return Process.Start(start)!;
    }

    public static async Task WaitReadyAsync(Process node)
    {
        while (await node.StandardOutput.ReadLineAsync() is { } line)
            if (line == "ready") return;
        throw new InvalidOperationException("A plain Hangfire node exited before it was ready.");
    }

    public static async Task CreateRunsTableAsync(string connectionString) =>
        await ExecuteAsync(connectionString, "CREATE TABLE IF NOT EXISTS plain_runs (job_id text, number int, ran_at timestamptz)");

    /// <summary>Keeps each scheduled job's due time (its score) before Hangfire enqueues it and forgets the score.</summary>
    public static async Task KeepDueTimesAsync(string connectionString) =>
        await ExecuteAsync(connectionString, $"CREATE TABLE plain_due AS SELECT value AS job_id, score FROM {Schema}.set WHERE key = 'schedule'");

    public static async Task<int> CountRunsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM plain_runs", connection);
        return Convert.ToInt32(await count.ExecuteScalarAsync());
    }

    public static async Task<List<(int Number, TimeSpan Lateness)>> ReadRunsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("""
            SELECT r.number, extract(epoch FROM r.ran_at) - d.score FROM plain_runs r JOIN plain_due d ON d.job_id = r.job_id
            """, connection);
        await using var rows = await read.ExecuteReaderAsync();
        var runs = new List<(int, TimeSpan)>();
        while (await rows.ReadAsync())
            runs.Add((rows.GetInt32(0), TimeSpan.FromSeconds(Convert.ToDouble(rows.GetValue(1)))));
        return runs;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
