using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>
/// Hangfire's storage for the server's database provider. PostgreSQL: Hangfire.PostgreSql in the same database, in its
/// own schema, which Hangfire creates as the storage is built, at start, holding the nodes' start-up lock
/// (<see cref="StartupSchemaLock"/>: Hangfire's install has no lock of its own); its locks and queues are how the nodes share the work. SQLite: a file of
/// its own beside the database file, so that Hangfire's polling and locking never hold the database's single writer
/// lock while a step commits.
/// </summary>
public static class HangfireStorageFactory
{
    public const string PostgreSqlSchema = "hangfire";

    public static JobStorage Create(DatabaseOptions database, SchedulerSettings settings, ILogger? logger = null)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var options = new PostgreSqlStorageOptions
            {
                SchemaName = PostgreSqlSchema,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = settings.PollInterval,
                // Workers are told of new jobs by LISTEN/NOTIFY instead of waiting for the next poll.
                EnableLongPolling = true,
                DistributedLockTimeout = settings.LockTimeout,
            };
            // The storage installs or upgrades Hangfire's schema in its constructor.
            return StartupSchemaLock.Run(database.ConnectionString, logger ?? NullLogger.Instance,
                () => new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, options), options));
        }
        var file = SqliteFileFor(database.ConnectionString);
        // Hangfire may open its file before the database start-up has created the data folder.
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return new SQLiteStorage(file, new SQLiteStorageOptions { QueuePollInterval = settings.PollInterval });
    }

    /// <summary>The Hangfire file beside the database file: <c>data/returnworkflows.db</c> → <c>data/returnworkflows.hangfire.db</c>.</summary>
    public static string SqliteFileFor(string databaseConnectionString)
    {
        var file = new SqliteConnectionStringBuilder(databaseConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".hangfire" + Path.GetExtension(file));
    }
}
