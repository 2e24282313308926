using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// A change to the model needs a migration for each provider. Each provider's model snapshot is what its last
/// migration left; a model that differs from it has changes no migration covers.
/// </summary>
public class ModelSnapshotTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Every_model_change_has_a_migration(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration covers: add one for each provider (README, \"Changing the schema\").");
    }
}
