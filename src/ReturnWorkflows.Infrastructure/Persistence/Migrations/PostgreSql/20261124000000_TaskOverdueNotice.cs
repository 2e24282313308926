using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.PostgreSql;

/// <summary>
/// Written by hand before migrations came from <c>dotnet ef</c>: it keeps its id, so a database that applied it sees
/// nothing pending, and its steps are shared with SQLite's copy. Being the last of those, it also carries the model
/// it leaves (the .Designer file), as a generated migration does: <c>dotnet ef migrations remove</c> of the next
/// migration then puts the snapshot back to that model instead of emptying it.
/// </summary>
[DbContext(typeof(PostgreSqlReturnWorkflowsDbContext))]
[Migration("20261124000000_TaskOverdueNotice")]
public sealed partial class TaskOverdueNotice : ProviderNeutral.TaskOverdueNotice;
