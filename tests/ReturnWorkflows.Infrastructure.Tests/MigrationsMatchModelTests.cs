using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Scaffolding.Metadata;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// Each provider's migrations must build exactly the schema the EF model describes: each provider's database
/// is migrated, read back by EF's own scaffolder, and compared table by table, column by column, index by index.
/// </summary>
public class MigrationsMatchModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Migrated_schema_equals_the_model(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        // The differences both ways name the table, column or index to fix.
        Assert.Equal([], await DifferencesAsync(database));
    }

    /// <summary>What the migrated database has that the model lacks and the other way round, one line each; none when they agree.</summary>
    internal static async Task<List<string>> DifferencesAsync(TestDatabase database)
    {
        var provider = database.Options.Provider;
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();

        var expected = Describe(db.GetService<IDesignTimeModel>().Model.GetRelationalModel());
        var actual = Describe(Scaffold(provider, database.Options.ConnectionString), await SqliteIndexFiltersAsync(db, provider));
        return expected.Except(actual).Select(line => "model only: " + line).Concat(actual.Except(expected).Select(line => "database only: " + line)).ToList();
    }

    private static DatabaseModel Scaffold(DatabaseProvider provider, string connectionString)
    {
        var services = new ServiceCollection().AddLogging();
        // The providers' scaffolding services are "internal" EF APIs; a test may lean on them (it fails loudly if they change).
#pragma warning disable EF1001
        IDesignTimeServices designTime = provider == DatabaseProvider.Sqlite ? new SqliteDesignTimeServices() : new NpgsqlDesignTimeServices();
#pragma warning restore EF1001
        designTime.ConfigureDesignTimeServices(services);
        new EntityFrameworkRelationalDesignServicesBuilder(services).TryAddCoreServices();
        var factory = services.BuildServiceProvider().GetRequiredService<IDatabaseModelFactory>();
        return factory.Create(connectionString, new DatabaseModelFactoryOptions());
    }

    private static List<string> Describe(IRelationalModel model) =>
        model.Tables.SelectMany(table =>
            table.Columns.Select(c => $"{table.Name}.{c.Name} {Type(c.StoreType)} {(c.IsNullable ? "null" : "not null")}")
                .Append($"{table.Name} pk({string.Join(",", table.PrimaryKey!.Columns.Select(c => c.Name))})")
                .Concat(table.Indexes.Select(i => $"{table.Name} index {i.Name} ({string.Join(",", i.Columns.Select(c => c.Name))}){(i.IsUnique ? " unique" : "")} {Filter(i.Filter)}"))
                .Concat(table.ForeignKeyConstraints.Select(f => $"{table.Name} fk ({string.Join(",", f.Columns.Select(c => c.Name))}) -> {f.PrincipalTable.Name} {f.OnDeleteAction}")))
            .Order(StringComparer.Ordinal).ToList();

    // EF's SQLite scaffolder does not read partial-index filters; sqlite_master has the CREATE INDEX text.
    private static async Task<Dictionary<string, string>> SqliteIndexFiltersAsync(ReturnWorkflowsDbContext db, DatabaseProvider provider)
    {
        var filters = new Dictionary<string, string>();
        if (provider != DatabaseProvider.Sqlite) return filters;
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var sql = reader.GetString(1);
            filters[reader.GetString(0)] = sql[(sql.IndexOf(" WHERE ", StringComparison.Ordinal) + 7)..];
        }
        return filters;
    }

    private static List<string> Describe(DatabaseModel model, Dictionary<string, string> extraFilters) =>
        // Our tables only: EF's bookkeeping (__*) and Hangfire's own schema are not in the model.
        model.Tables.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t.Schema != Scheduling.HangfireStorageFactory.PostgreSqlSchema).SelectMany(table =>
            table.Columns.Select(c => $"{table.Name}.{c.Name} {Type(c.StoreType)} {(c.IsNullable ? "null" : "not null")}")
                .Append($"{table.Name} pk({string.Join(",", table.PrimaryKey!.Columns.Select(c => c.Name))})")
                .Concat(table.Indexes.Select(i => $"{table.Name} index {i.Name} ({string.Join(",", i.Columns.Select(c => c!.Name))}){(i.IsUnique ? " unique" : "")} {Filter(i.Filter ?? extraFilters.GetValueOrDefault(i.Name!))}"))
                .Concat(table.UniqueConstraints.Select(u => $"{table.Name} index {u.Name} ({string.Join(",", u.Columns.Select(c => c.Name))}) unique "))
                .Concat(table.ForeignKeys.Select(f => $"{table.Name} fk ({string.Join(",", f.Columns.Select(c => c.Name))}) -> {f.PrincipalTable.Name} {ToAction(f.OnDelete)}")))
            .Order(StringComparer.Ordinal).ToList();

    private static string Type(string? storeType) => (storeType ?? "").ToLowerInvariant();

    // PostgreSQL prints filters back in its own spelling: "(is_latest)" for "is_latest".
    private static string Filter(string? filter) =>
        filter is null ? "" : "where " + Regex.Replace(filter.ToLowerInvariant(), "[\"()\\s]", "");

    private static ReferentialAction ToAction(ReferentialAction? action) => action ?? ReferentialAction.NoAction;
}
