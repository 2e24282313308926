using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ReturnWorkflows.Infrastructure.Persistence.DesignTime;

/// <summary>
/// Lets <c>dotnet ef ... --context PostgreSqlReturnWorkflowsDbContext</c> build the context without starting the server.
/// The connection string is a placeholder: adding a migration never connects; commands that do (database update)
/// take <c>--connection</c>.
/// </summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlReturnWorkflowsDbContext>
{
    public PostgreSqlReturnWorkflowsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgreSqlReturnWorkflowsDbContext>();
        InfrastructureServiceCollectionExtensions.ConfigureProvider(builder,
            new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = "Host=localhost;Database=returnworkflows" });
        return new PostgreSqlReturnWorkflowsDbContext(builder.Options);
    }
}
