using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ReturnWorkflows.Infrastructure.Persistence.DesignTime;

/// <summary>
/// Lets <c>dotnet ef ... --context SqliteReturnWorkflowsDbContext</c> build the context without starting the server.
/// Adding a migration never opens the file; commands that do (database update) take <c>--connection</c>.
/// </summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteReturnWorkflowsDbContext>
{
    public SqliteReturnWorkflowsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteReturnWorkflowsDbContext>();
        InfrastructureServiceCollectionExtensions.ConfigureProvider(builder,
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=returnworkflows-design-time.db" });
        return new SqliteReturnWorkflowsDbContext(builder.Options);
    }
}
