using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Infrastructure.Scheduling;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// Several nodes started together on one fresh PostgreSQL database: each builds Hangfire's storage and brings the
/// schema up to date at the same moment, as a server does at start. Without the start-up lock one of them applied a
/// migration the other had just applied ("index ix_activity_executions_started does not exist").
/// </summary>
public class ConcurrentStartTests
{
    private const int Nodes = 3;

    [Fact]
    public async Task Nodes_migrating_one_fresh_PostgreSQL_database_at_once_all_start_and_the_schema_is_complete()
    {
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.PostgreSql,
            ConnectionString = await PostgresServer.Shared.CreateDatabaseAsync("rw_concurrent_start"),
        };
        var nodes = new List<TestDatabase>();
        for (var i = 0; i < Nodes; i++) nodes.Add(await TestDatabase.OpenAsync(options));
        try
        {
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var starts = nodes.Select(node => Task.Run(async () =>
            {
                await go.Task;
                // The server's order: its hosted services are built first (Hangfire's storage with them), then the schema step runs.
                HangfireStorageFactory.Create(options, new SchedulerSettings());
                await node.InScopeAsync(scope => scope.GetRequiredService<DatabaseSchema>().EnsureCurrentAsync(migrateOnStart: true, CancellationToken.None));
            })).ToList();
            go.SetResult();
            await Task.WhenAll(starts);

            var (pending, unknown, history) = await nodes[0].InScopeAsync(async scope =>
            {
                var schema = scope.GetRequiredService<DatabaseSchema>();
                var (p, u) = await schema.CompareAsync(CancellationToken.None);
                var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
                var rows = await db.Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM __ef_migrations_history").ToListAsync();
                return (p, u, rows);
            });
            Assert.Empty(pending);
            Assert.Empty(unknown);
            var known = await nodes[0].InScopeAsync(scope => Task.FromResult(scope.GetRequiredService<ReturnWorkflowsDbContext>().Database.GetMigrations().ToList()));
            Assert.Equal(known.Order(StringComparer.Ordinal), history.Order(StringComparer.Ordinal));
            Assert.Equal([], await MigrationsMatchModelTests.DifferencesAsync(nodes[0]));

            // Hangfire's tables are there and at one version.
            await using var connection = new NpgsqlConnection(options.ConnectionString);
            await connection.OpenAsync();
            await using var versions = new NpgsqlCommand($"SELECT count(*) FROM \"{HangfireStorageFactory.PostgreSqlSchema}\".\"schema\"", connection);
            Assert.Equal(1L, await versions.ExecuteScalarAsync());
            await using var jobs = new NpgsqlCommand($"SELECT count(*) FROM \"{HangfireStorageFactory.PostgreSqlSchema}\".\"job\"", connection);
            Assert.Equal(0L, await jobs.ExecuteScalarAsync());
        }
        finally
        {
            foreach (var node in nodes) await node.DisposeAsync();
        }
    }
}
