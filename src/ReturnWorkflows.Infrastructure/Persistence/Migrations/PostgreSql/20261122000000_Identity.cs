using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.PostgreSql;

/// <summary>
/// Written by hand before migrations came from <c>dotnet ef</c>: it keeps its id, so a database that applied it sees
/// nothing pending, and its steps are shared with SQLite's copy.
/// </summary>
[DbContext(typeof(PostgreSqlReturnWorkflowsDbContext))]
[Migration("20261122000000_Identity")]
public sealed class Identity : ProviderNeutral.Identity;
