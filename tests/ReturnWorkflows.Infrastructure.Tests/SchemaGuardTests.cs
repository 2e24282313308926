using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

public class SchemaGuardTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_older_schema_is_refused_when_migrating_at_start_is_off(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);

        var error = await Assert.ThrowsAsync<SchemaMismatchException>(() => database.InScopeAsync(scope =>
            scope.GetRequiredService<DatabaseSchema>().EnsureCurrentAsync(migrateOnStart: false, CancellationToken.None)));

        Assert.Contains("older", error.Message);
        Assert.Contains("20261121200000_InitialSchema", error.Message);
        Assert.Contains("MigrateOnStart", error.Message);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_newer_schema_is_refused_naming_what_this_build_does_not_know(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Database.ExecuteSqlRawAsync(
            "INSERT INTO __ef_migrations_history (\"MigrationId\", \"ProductVersion\") VALUES ('29990101000000_FromTheFuture', '10.0.0')"));

        var error = await Assert.ThrowsAsync<SchemaMismatchException>(() => database.InScopeAsync(scope =>
            scope.GetRequiredService<DatabaseSchema>().EnsureCurrentAsync(migrateOnStart: true, CancellationToken.None)));

        Assert.Contains("newer", error.Message);
        Assert.Contains("29990101000000_FromTheFuture", error.Message);
    }

    [Fact]
    public async Task Migrating_at_start_brings_an_empty_database_up_to_date()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var (pending, unknown) = await database.InScopeAsync(scope => scope.GetRequiredService<DatabaseSchema>().CompareAsync(CancellationToken.None));

        Assert.Empty(pending);
        Assert.Empty(unknown);
    }
}
