using System.Diagnostics;
using System.Text.Json.Nodes;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Infrastructure.Scheduling;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Benchmarks;

/// <summary>
/// Many timers due in the same minute, fired by two real server processes (Hangfire on one PostgreSQL database), then
/// the same count and spread of plain Hangfire delayed jobs on the same database with no engine, for the engine's cost
/// as a ratio. To measure firing and not writing, both kinds are written a day ahead through their normal paths (the
/// engine's step and its after-commit scheduling; IBackgroundJobClient.Schedule) and then moved, in one statement each,
/// to due times spread over one minute starting shortly after the nodes are up: in our bookmarks and in Hangfire's
/// schedule set alike.
/// </summary>
internal static class TimerLateness
{
    private static readonly TimeSpan Spread = TimeSpan.FromMinutes(1);

    public static async Task RunAsync(int timers)
    {
        await using var created = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var options = created.Options;
        var engine = await EngineAsync(options, timers);
        Console.WriteLine($"engine timers:       resumed {engine.Resumed}, twice {engine.Twice}, left {engine.Left}; lateness {Percentiles.Summary(engine.Lateness, "s")}");
        // The engine's services set Hangfire's global logger to theirs, now disposed: back to none.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        var plain = await PlainHangfireAsync(options, timers);
        Console.WriteLine($"plain Hangfire jobs: ran {plain.Resumed}, twice {plain.Twice}, left {plain.Left}; lateness {Percentiles.Summary(plain.Lateness, "s")}");
        Console.WriteLine($"ratio engine / plain: p50 {Ratio(engine, plain, 50)}, p99 {Ratio(engine, plain, 99)}, max {Ratio(engine, plain, 100)}");
    }

    private static async Task<Outcome> EngineAsync(DatabaseOptions options, int timers)
    {
        await using var database = await TestDatabase.OpenAsync(options, services => services.AddReturnWorkflowsScheduling(options, new SchedulerSettings { Enabled = false }));
        await database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.WaitFromInput), Publish: true));
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, timers), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, _) =>
            await database.SendAsync(new StartWorkflow("wait-from-input", Input: new JsonObject { ["Wait"] = "1.00:00:00" })));
        Console.WriteLine($"engine: {timers} instances waiting on a Delay, each with its wake-up job, written in {clock.Elapsed.TotalSeconds:F1} s");

        using var a = ServerNode.Start("node-a", options.ConnectionString);
        using var b = ServerNode.Start("node-b", options.ConnectionString);
        await a.WaitHealthyAsync();
        await b.WaitHealthyAsync();
        var start = DateTime.UtcNow.AddSeconds(5);
        await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Database.ExecuteSqlRawAsync("""
            UPDATE bookmarks SET due_at = {0} + random() * interval '60 seconds' WHERE due_at IS NOT NULL;
            UPDATE hangfire.set s SET score = extract(epoch FROM b.due_at)
              FROM timer_wakeups w JOIN bookmarks b ON b.id = w.bookmark_id
              WHERE s.key = 'schedule' AND s.value = w.job_id;
            """, start));
        Console.WriteLine($"engine: due times spread over the minute from {start:HH:mm:ss} UTC; two server processes");

        clock.Restart();
        int finished;
        do
        {
            await Task.Delay(1000);
            finished = await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().WorkflowInstances
                .CountAsync(i => i.DefinitionId == "wait-from-input" && i.SubStatus == WorkflowSubStatus.Finished));
        }
        while (finished < timers && clock.Elapsed < TimeSpan.FromMinutes(10));
        Console.WriteLine($"engine: {finished} of {timers} finished {clock.Elapsed.TotalSeconds - 5:F0} s after the first was due");
        await Task.Delay(2000); // the last jobs move to Succeeded
        a.Kill();
        b.Kill();

        var fired = await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().JournalEntries.AsNoTracking()
            .Where(j => j.EventName == "Resumed" && j.ActivityType == "Elsa.Delay")
            .Select(j => new { j.WorkflowInstanceId, j.Timestamp, j.Payload }).ToListAsync());
        var left = await database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            return await db.Bookmarks.CountAsync() + await db.TimerWakeups.CountAsync();
        });
        var monitoring = database.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        left += (int)monitoring.ScheduledCount() + (int)monitoring.EnqueuedCount("default");
        return new Outcome(
            fired.Select(f => f.WorkflowInstanceId).Distinct().Count(),
            fired.GroupBy(f => f.WorkflowInstanceId).Count(g => g.Count() > 1),
            left,
            fired.Select(f => (f.Timestamp - JsonNode.Parse(f.Payload!)!["DueAt"]!.GetValue<DateTime>()).TotalSeconds).ToList());
    }

    private static async Task<Outcome> PlainHangfireAsync(DatabaseOptions options, int timers)
    {
        await using var database = await TestDatabase.OpenAsync(options);
        await PlainHangfireNode.CreateRunsTableAsync(options.ConnectionString);
        var storage = PlainHangfireNode.Storage(options.ConnectionString);
        var client = new BackgroundJobClient(storage);
        var clock = Stopwatch.StartNew();
        var later = DateTimeOffset.UtcNow.AddDays(1);
        await Parallel.ForEachAsync(Enumerable.Range(0, timers), new ParallelOptions { MaxDegreeOfParallelism = 8 }, (n, _) =>
        {
            client.Schedule<PlainHangfireNode>(job => job.Run(n, null), later);
            return ValueTask.CompletedTask;
        });
        Console.WriteLine($"plain: {timers} delayed jobs scheduled in {clock.Elapsed.TotalSeconds:F1} s");

        using var a = PlainHangfireNode.Start(options.ConnectionString);
        using var b = PlainHangfireNode.Start(options.ConnectionString);
        await Task.WhenAll(PlainHangfireNode.WaitReadyAsync(a), PlainHangfireNode.WaitReadyAsync(b));
        var start = DateTime.UtcNow.AddSeconds(5);
        await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Database.ExecuteSqlRawAsync(
            $"UPDATE {PlainHangfireNode.Schema}.set SET score = extract(epoch FROM {{0}}::timestamptz) + random() * 60 WHERE key = 'schedule'", start));
        await PlainHangfireNode.KeepDueTimesAsync(options.ConnectionString);
        Console.WriteLine($"plain: due times spread over the minute from {start:HH:mm:ss} UTC; two processes with a Hangfire server each");

        clock.Restart();
        int ran;
        do
        {
            await Task.Delay(1000);
            ran = await PlainHangfireNode.CountRunsAsync(options.ConnectionString);
        }
        while (ran < timers && clock.Elapsed < TimeSpan.FromMinutes(10));
        await Task.Delay(2000);
        a.Kill(entireProcessTree: true);
        b.Kill(entireProcessTree: true);
        var runs = await PlainHangfireNode.ReadRunsAsync(options.ConnectionString);
        var monitoring = storage.GetMonitoringApi();
        return new Outcome(runs.Select(r => r.Number).Distinct().Count(), runs.GroupBy(r => r.Number).Count(g => g.Count() > 1),
            (int)monitoring.ScheduledCount() + (int)monitoring.EnqueuedCount("default"), runs.Select(r => r.Lateness.TotalSeconds).ToList());
    }

    private static string Ratio(Outcome engine, Outcome plain, double percentile)
    {
        var (e, p) = (Percentiles.Of(engine.Lateness, percentile), Percentiles.Of(plain.Lateness, percentile));
        return p <= 0 ? "n/a" : $"{e / p:F1}×";
    }

    private sealed record Outcome(int Resumed, int Twice, int Left, IReadOnlyList<double> Lateness);
}
