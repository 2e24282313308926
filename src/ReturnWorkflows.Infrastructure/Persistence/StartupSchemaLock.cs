using Microsoft.Extensions.Logging;
using Npgsql;

namespace ReturnWorkflows.Infrastructure.Persistence;

/// <summary>
/// On PostgreSQL the nodes' start-up schema work, EF Core's migrations and Hangfire's install of its own schema, runs
/// one node at a time: a session-level advisory lock (<c>pg_advisory_lock</c> with <see cref="Key"/>) taken on one
/// open connection of its own, held around the whole of that work and released in <c>finally</c>. A node that waited
/// finds the schema current and has nothing to do; a node killed while holding it loses its connection, and the
/// server releases the lock with it. The start-up seeding that looks before it inserts (roles and demo users,
/// reference data) takes the same lock afterwards, each step on its own.
/// <para>
/// EF Core's own migration lock does not cover this with Npgsql: it is <c>LOCK TABLE</c> on the history table inside
/// each migration's transaction (<c>LockReleaseBehavior.Transaction</c>), and EF Core 10 commits every migration on
/// its own, so the lock is let go after each one while the list of migrations to apply was read once, at the start.
/// A second node waiting on that lock gets in between two migrations, applies the next ones, and the first then
/// applies them again from its stale list ("index ix_activity_executions_started does not exist"). Hangfire's
/// install (<c>PrepareSchemaIfNecessary</c>) has no lock at all. SQLite needs none of this: one process owns the file.
/// </para>
/// </summary>
public static class StartupSchemaLock
{
    /// <summary>
    /// The advisory lock's key, the same for every version of this server so old and new nodes exclude each other:
    /// the ASCII bytes of "RWSCHEMA" (0x5257534348454D41 = 5933302582524333377). Our only other advisory locks are the
    /// per-definition transaction locks (keys hashed from the definition id, <c>EfWorkflowDefinitionStore</c>);
    /// Hangfire.PostgreSql takes its distributed locks in its own table, not with advisory locks.
    /// </summary>
    public const long Key = 0x5257_5343_4845_4D41;

    public static async Task<T> RunAsync<T>(string connectionString, ILogger logger, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = Open(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var tryTake = Command(connection, "SELECT pg_try_advisory_lock($1)"))
            if (!(bool)(await tryTake.ExecuteScalarAsync(cancellationToken))!)
            {
                logger.LogInformation("Another node is at its start-up schema or seeding step; waiting for it (advisory lock {Key})", Key);
                await using var take = Command(connection, "SELECT pg_advisory_lock($1)");
                await take.ExecuteNonQueryAsync(cancellationToken);
            }
        try
        {
            return await work();
        }
        finally
        {
            Release(connection, logger);
        }
    }

    public static T Run<T>(string connectionString, ILogger logger, Func<T> work)
    {
        using var connection = Open(connectionString);
        connection.Open();
        using (var tryTake = Command(connection, "SELECT pg_try_advisory_lock($1)"))
            if (!(bool)tryTake.ExecuteScalar()!)
            {
                logger.LogInformation("Another node is at its start-up schema or seeding step; waiting for it (advisory lock {Key})", Key);
                using var take = Command(connection, "SELECT pg_advisory_lock($1)");
                take.ExecuteNonQuery();
            }
        try
        {
            return work();
        }
        finally
        {
            Release(connection, logger);
        }
    }

    // A connection of its own, outside the pool: closing it ends the session, so the lock can never outlive this start.
    private static NpgsqlConnection Open(string connectionString) =>
        new(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Enlist = false }.ConnectionString);

    // Waiting for the lock is not a timeout: a migration may take minutes, and the start's cancellation still ends the wait.
    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql) =>
        new(sql, connection) { CommandTimeout = 0, Parameters = { new NpgsqlParameter { Value = Key } } };

    private static void Release(NpgsqlConnection connection, ILogger logger)
    {
        try
        {
            using var release = Command(connection, "SELECT pg_advisory_unlock($1)");
            release.CommandTimeout = 30;
            release.ExecuteNonQuery();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection is gone, and the lock with its session; closing it below is all that is left.
            logger.LogWarning(e, "Could not release the schema advisory lock explicitly; it ends with its connection");
        }
    }
}
