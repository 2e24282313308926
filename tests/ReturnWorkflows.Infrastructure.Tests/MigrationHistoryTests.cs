using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// Databases already in use keep working: their history table names the migrations that were written by hand, and
/// each provider's migration set still has exactly those ids, first and in order, so none is pending or re-run.
/// </summary>
public class MigrationHistoryTests
{
    // What __ef_migrations_history holds in every database migrated before migrations came from dotnet ef.
    private static readonly string[] HandWrittenIds =
    [
        "20261121200000_InitialSchema",
        "20261121210000_ActivityExecutions",
        "20261121220000_HumanTasks",
        "20261121230000_Outbox",
        "20261122000000_Identity",
        "20261122010000_DefinitionHistory",
        "20261123000000_TaskFormData",
        "20261123010000_Notifications",
        "20261124000000_TaskOverdueNotice",
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Each_provider_keeps_the_hand_written_ids_first_and_only_adds_newer_ones(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var scope = database.Services.CreateAsyncScope();
        var ids = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>().Database.GetMigrations().ToList();

        Assert.Equal(HandWrittenIds, ids.Take(HandWrittenIds.Length));
        Assert.All(ids.Skip(HandWrittenIds.Length), id => Assert.True(string.CompareOrdinal(id, HandWrittenIds[^1]) > 0, $"{id} sorts before the last hand-written migration."));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_database_migrated_by_the_hand_written_set_has_only_newer_migrations_pending(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
        // The rows an earlier build wrote, through EF's own history table for this provider.
        var history = db.GetService<IHistoryRepository>();
        await history.CreateIfNotExistsAsync();
        foreach (var id in HandWrittenIds)
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, "10.0.14")));

        var (pending, unknown) = await scope.ServiceProvider.GetRequiredService<DatabaseSchema>().CompareAsync(CancellationToken.None);

        Assert.Equal(db.Database.GetMigrations().Skip(HandWrittenIds.Length), pending);
        Assert.Empty(unknown);
    }
}
