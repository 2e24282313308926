using Microsoft.EntityFrameworkCore;

namespace ReturnWorkflows.Infrastructure.Persistence;

/// <summary>
/// The database on PostgreSQL. A type of its own so that its migrations and model snapshot
/// (Migrations/PostgreSql) are apart from SQLite's; the rest of the code asks for <see cref="ReturnWorkflowsDbContext"/>.
/// </summary>
public sealed class PostgreSqlReturnWorkflowsDbContext(DbContextOptions<PostgreSqlReturnWorkflowsDbContext> options)
    : ReturnWorkflowsDbContext(options);
