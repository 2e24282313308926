using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests;

public sealed class ServerStartupTests : IDisposable
{
    private readonly string _database = ServerFactory.NewSqliteDatabase();

    public void Dispose() => ServerFactory.DeleteSqlite(_database);

    [Fact]
    public async Task Starts_on_the_embedded_default_with_the_shipped_workflow_published_and_reports_health()
    {
        await using var server = new ServerFactory(ServerFactory.Sqlite(_database));
        using var client = server.CreateClient();

        var response = await client.GetAsync("/health");
        var health = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (string?)health["checks"]!["database"]!["status"]);
        Assert.Matches("Healthy|Degraded", (string?)health["checks"]!["hangfire"]!["status"]); // Degraded only while its server starts
        Assert.Matches(@"^\d+ Hangfire server\(s\) alive, 0 failed job\(s\)$", (string?)health["checks"]!["hangfire"]!["description"]);
        Assert.Equal("0 message(s) waiting", (string?)health["checks"]!["outbox"]!["description"]);
        var published = await PublishedAsync(server);
        Assert.Contains(("avrr-case-lifecycle", 2), published); // retired: version 2 carries the mark; kept for the instances started on it
        Assert.Contains(("counselling-and-eligibility", 3), published); // version 3 enters the next phase after eligibility
        Assert.Contains(("consent-and-travel-document", 2), published); // version 2 enters the travel phase
        Assert.Contains(("travel", 1), published);
        Assert.Contains(("arrival-and-reintegration", 3), published); // version 2 adds the reintegration plan, 3 enters monitoring
        Assert.Contains(("monitoring", 1), published);
    }

    [Fact]
    public async Task The_data_folder_of_the_embedded_database_is_created_on_first_start()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"rw-fresh-{Guid.NewGuid():N}", "data");
        var file = Path.Combine(folder, "returnworkflows.db");
        try
        {
            await using var server = new ServerFactory(ServerFactory.Sqlite(file));
            using var client = server.CreateClient();

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            Assert.True(File.Exists(file));
        }
        finally
        {
            ServerFactory.DeleteSqlite(file);
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public async Task A_restart_does_not_import_the_shipped_workflow_again()
    {
        await using (var first = new ServerFactory(ServerFactory.Sqlite(_database)))
            first.CreateClient().Dispose();
        await using var second = new ServerFactory(ServerFactory.Sqlite(_database));
        second.CreateClient().Dispose();

        var versions = await second.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>()
            .WorkflowDefinitionVersions.CountAsync(v => v.DefinitionId == "avrr-case-lifecycle");
        Assert.Equal(1, versions);
    }

    [Fact]
    public async Task Runs_on_PostgreSql_by_configuration()
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("rw_server");
        await using var server = new ServerFactory(new()
        {
            ["ReturnWorkflows:Database:Provider"] = "PostgreSql",
            ["ReturnWorkflows:Database:ConnectionString"] = connectionString,
        });
        using var client = server.CreateClient();

        var health = JsonNode.Parse(await client.GetStringAsync("/health"))!;

        Assert.Contains("PostgreSQL schema current", (string?)health["checks"]!["database"]!["description"]);
        Assert.Contains(("consent-and-travel-document", 2), await PublishedAsync(server));
    }

    [Theory]
    [InlineData("ReturnWorkflows:Database:ConnectionString", "", "ReturnWorkflows:Database:ConnectionString is missing")]
    [InlineData("ReturnWorkflows:Database:Provider", "Oracle", "ReturnWorkflows:Database:Provider")]
    [InlineData("ReturnWorkflows:JavaScript:Timeout", "00:10:00", "ReturnWorkflows:JavaScript:Timeout must be between")]
    [InlineData("ReturnWorkflows:JavaScript:MaxStatements", "many", "ReturnWorkflows:JavaScript:MaxStatements")]
    [InlineData("ReturnWorkflows:JavaScript:MaxMemoryMegabytes", "0", "ReturnWorkflows:JavaScript:MaxMemoryMegabytes must be between 1 and 1024")]
    [InlineData("ReturnWorkflows:JavaScript:RegexTimeout", "00:05:00", "ReturnWorkflows:JavaScript:RegexTimeout must be between")]
    [InlineData("ReturnWorkflows:Runtime:DefaultJoinAlgorithm", "Random", "ReturnWorkflows:Runtime:DefaultJoinAlgorithm")]
    [InlineData("ReturnWorkflows:Smtp:Host", "smtp.example.org;ReturnWorkflows:Smtp:From=not-an-address", "ReturnWorkflows:Smtp:From is not an e-mail address")]
    [InlineData("ReturnWorkflows:Smtp:EnableSsl", "true", "ReturnWorkflows:Smtp:EnableSsl is no longer read: remove it and set ReturnWorkflows:Smtp:Security")]
    [InlineData("ReturnWorkflows:Smtp:Host", "smtp.example.org;ReturnWorkflows:Smtp:Security=Ssl", "ReturnWorkflows:Smtp:Security")]
    [InlineData("ReturnWorkflows:Smtp:Host", "smtp.example.org;ReturnWorkflows:Smtp:Timeout=00:30:00", "ReturnWorkflows:Smtp:Timeout must be between")]
    [InlineData("ReturnWorkflows:Smtp:Host", "smtp.example.org;ReturnWorkflows:Smtp:Security=None;ReturnWorkflows:Smtp:UserName=relay;ReturnWorkflows:Smtp:Password=pw",
        "ReturnWorkflows:Smtp:Security=None would send the password for ReturnWorkflows:Smtp:UserName unencrypted to smtp.example.org")]
    [InlineData("ReturnWorkflows:Scheduling:RecoveryInterval", "00:00:07", "ReturnWorkflows:Scheduling:RecoveryInterval must be whole seconds, minutes or hours that divide")]
    [InlineData("ReturnWorkflows:Scheduling:RecoveryGrace", "02:00:00", "ReturnWorkflows:Scheduling:RecoveryGrace must be between")]
    [InlineData("ReturnWorkflows:Scheduling:DrainInterval", "00:00:01", "ReturnWorkflows:Scheduling:DrainInterval is no longer read: each timer now has its own Hangfire job")]
    [InlineData("ReturnWorkflows:Scheduling:Workers", "0", "ReturnWorkflows:Scheduling:Workers must be between 1 and 100")]
    [InlineData("ReturnWorkflows:WorkflowsFolder", "/no/such/folder", "ReturnWorkflows:WorkflowsFolder points to '/no/such/folder'")]
    public void A_wrong_setting_stops_the_server_naming_the_key(string key, string value, string expected)
    {
        var settings = ServerFactory.Sqlite(_database);
        foreach (var pair in $"{key}={value}".Split(';'))
            settings[pair[..pair.IndexOf('=')]] = pair[(pair.IndexOf('=') + 1)..];
        using var server = new ServerFactory(settings);

        var error = Assert.ThrowsAny<Exception>(() => server.CreateClient());

        Assert.Contains(expected, Flatten(error));
    }

    [Fact]
    public async Task A_database_with_a_newer_schema_stops_the_server()
    {
        await using (var first = new ServerFactory(ServerFactory.Sqlite(_database)))
        {
            first.CreateClient().Dispose();
            await first.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>().Database.ExecuteSqlRawAsync(
                "INSERT INTO __ef_migrations_history (\"MigrationId\", \"ProductVersion\") VALUES ('29990101000000_Future', '10.0.0')");
        }
        using var second = new ServerFactory(ServerFactory.Sqlite(_database));

        var error = Assert.ThrowsAny<Exception>(() => second.CreateClient());

        Assert.Contains("newer than this server", Flatten(error));
        Assert.Contains("29990101000000_Future", Flatten(error));
    }

    private static async Task<List<(string, int)>> PublishedAsync(ServerFactory server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>().WorkflowDefinitionVersions
                .Where(v => v.IsPublished).Select(v => new { v.DefinitionId, v.Version }).ToListAsync())
            .Select(v => (v.DefinitionId, v.Version)).ToList();
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join(" | ", aggregate.Flatten().InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is null ? "" : " | " + Flatten(error.InnerException));
}
