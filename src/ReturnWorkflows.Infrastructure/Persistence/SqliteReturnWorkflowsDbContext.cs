using Microsoft.EntityFrameworkCore;

namespace ReturnWorkflows.Infrastructure.Persistence;

/// <summary>
/// The database on SQLite. A type of its own so that its migrations and model snapshot
/// (Migrations/Sqlite) are apart from PostgreSQL's; the rest of the code asks for <see cref="ReturnWorkflowsDbContext"/>.
/// </summary>
public sealed class SqliteReturnWorkflowsDbContext(DbContextOptions<SqliteReturnWorkflowsDbContext> options)
    : ReturnWorkflowsDbContext(options);
