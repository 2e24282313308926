using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.Sqlite;

/// <summary>
/// Written by hand before migrations came from <c>dotnet ef</c>: it keeps its id, so a database that applied it sees
/// nothing pending, and its steps are shared with PostgreSQL's copy.
/// </summary>
[DbContext(typeof(SqliteReturnWorkflowsDbContext))]
[Migration("20261123000000_TaskFormData")]
public sealed class TaskFormData : ProviderNeutral.TaskFormData;
