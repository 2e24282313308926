using System.Diagnostics;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// Separate operating-system processes on one PostgreSQL database, as two server nodes: exactly-once holds across
/// them, and a workflow suspended by one process is resumed by another that started later.
/// </summary>
public sealed class CrossProcessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.ArrivalFollowUp), Publish: true));
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.WaitFromInput), Publish: true));
    }

    [Fact]
    public async Task Two_processes_draining_thousands_of_due_timers_resume_each_instance_exactly_once()
    {
        const int timers = 2000;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, timers), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, _) =>
            await _database.SendAsync(new StartWorkflow("wait-from-input", Input: new System.Text.Json.Nodes.JsonObject { ["Wait"] = "00:00:00" })));
        var created = clock.Elapsed;

        clock.Restart();
        var outcomes = await RunTogetherAsync(["drain"], ["drain"]);
        var drained = clock.Elapsed;

        var resumedByProcess = outcomes.Select(o => int.Parse(o.Split(' ')[1])).ToList();
        var counts = await _database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            var resumedEntries = await db.JournalEntries.CountAsync(j => j.EventName == "Resumed");
            var twice = await db.JournalEntries.Where(j => j.EventName == "Resumed").GroupBy(j => j.WorkflowInstanceId).CountAsync(g => g.Count() > 1);
            var finished = await db.WorkflowInstances.CountAsync(i => i.DefinitionId == "wait-from-input" && i.SubStatus == Engine.Runtime.WorkflowSubStatus.Finished);
            var left = await db.Bookmarks.CountAsync();
            return (resumedEntries, twice, finished, left);
        });
        output.WriteLine($"{timers} timers: created in {created.TotalSeconds:F1} s; two processes drained them in {drained.TotalSeconds:F1} s " +
                         $"({string.Join(" + ", resumedByProcess)} resumed); {counts.resumedEntries} Resumed entries, {counts.twice} instances resumed twice");
        Assert.Equal(timers, resumedByProcess.Sum());
        Assert.Equal((timers, 0, timers, 0), counts);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Two_processes_resuming_one_bookmark_have_exactly_one_winner()
    {
        var winners = new List<int>();
        for (var round = 0; round < 3; round++)
        {
            var started = await _database.SendAsync(new StartWorkflow("arrival-follow-up"));
            var outcomes = await RunTogetherAsync(["resume", started.Bookmarks.Single().Id], ["resume", started.Bookmarks.Single().Id]);
            output.WriteLine($"round {round}: {string.Join(" | ", outcomes)}");
            winners.Add(outcomes.Count(o => o.StartsWith("won", StringComparison.Ordinal)));
            Assert.All(outcomes, o => Assert.Matches("^(won .* Finished|refused (NotFound|Conflict))", o));
        }
        Assert.All(winners, w => Assert.Equal(1, w));
    }

    [Fact]
    public async Task What_one_process_suspends_a_later_process_resumes()
    {
        var first = Assert.Single(await RunTogetherAsync(["start", "arrival-follow-up"]));
        var instanceId = first.Split(' ')[1];
        Assert.Contains("Suspended", first);

        var second = Assert.Single(await RunTogetherAsync(["event", "ArrivalConfirmed", instanceId]));

        Assert.Equal($"won {instanceId} Finished ", second);
    }

    // Starts one node process per command, waits until all are ready, then lets them go at once.
    private async Task<string[]> RunTogetherAsync(params string[][] commands)
    {
        var go = Path.Combine(Path.GetTempPath(), $"rw-go-{Guid.NewGuid():N}");
        var processes = commands.Select(command => StartNode(go, command)).ToList();
        try
        {
            foreach (var process in processes)
                Assert.Equal("ready", await process.StandardOutput.ReadLineAsync());
            await File.WriteAllTextAsync(go, "go");
            var outcomes = new List<string>();
            foreach (var process in processes)
            {
                var line = await process.StandardOutput.ReadLineAsync() ?? "";
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
                Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
                outcomes.Add(line);
            }
            return outcomes.ToArray();
        }
        finally
        {
            File.Delete(go);
            foreach (var process in processes) { if (!process.HasExited) process.Kill(); process.Dispose(); }
        }
    }

    private Process StartNode(string goFile, string[] command)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var node = Path.Combine(RepositoryPaths.Root, "tests", "ReturnWorkflows.Testing.Node", "bin", configuration, "net10.0", "ReturnWorkflows.Testing.Node.dll");
        Assert.True(File.Exists(node), $"The node program was not built: {node}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { node, "PostgreSql", _database.Options.ConnectionString, goFile }.Concat(command))
            start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }
}
