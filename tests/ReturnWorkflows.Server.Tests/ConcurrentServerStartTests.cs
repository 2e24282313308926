using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;
using Xunit.Abstractions;

namespace ReturnWorkflows.Server.Tests;

/// <summary>
/// Three real server processes started at the same moment on one fresh PostgreSQL database, as a deployment starts
/// its nodes: the schema, Hangfire's schema, the shipped workflows, the reference data, the roles, the demo users and the
/// demo cases (on with the demo users) are each written once and every node comes up healthy.
/// </summary>
public sealed class ConcurrentServerStartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Three_nodes_started_together_on_a_fresh_database_all_become_healthy()
    {
        var options = new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = await PostgresServer.Shared.CreateDatabaseAsync("rw_together") };
        var settings = new Dictionary<string, string> { ["ReturnWorkflows__Identity__DemoUsers"] = "true" };
        var clock = Stopwatch.StartNew();
        var nodes = Enumerable.Range(1, 3).Select(n => ServerNode.Start($"node-{n}", options.ConnectionString, settings)).ToList();
        try
        {
            await Task.WhenAll(nodes.Select(node => node.WaitHealthyAsync(TimeSpan.FromMinutes(3))));
            output.WriteLine($"three nodes healthy after {clock.Elapsed.TotalSeconds:F1} s");

            await using var database = await TestDatabase.OpenAsync(options);
            var (pending, unknown) = await database.InScopeAsync(scope => scope.GetRequiredService<DatabaseSchema>().CompareAsync(CancellationToken.None));
            Assert.Equal((0, 0), (pending.Count, unknown.Count));
            var (roles, demoUsers, demoCases) = await database.InScopeAsync(async scope =>
            {
                var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
                return (await db.Roles.CountAsync(), await db.Users.CountAsync(), await db.ReturnCases.CountAsync());
            });
            Assert.Equal(ReturnWorkflows.Cases.Access.Roles.All.Count, roles);
            Assert.Equal(ReturnWorkflows.Server.Identity.IdentitySeeding.DemoUsers.Count, demoUsers);
            Assert.Equal(ReturnWorkflows.Cases.Demo.DemoCases.All.Count, demoCases);
        }
        catch
        {
            foreach (var node in nodes) output.WriteLine($"{node.Name}:\n{node.Output}");
            throw;
        }
        finally
        {
            foreach (var node in nodes) node.Dispose();
        }
    }
}
