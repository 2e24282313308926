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
using ReturnWorkflows.Infrastructure.Scheduling.Timers;
using ReturnWorkflows.Testing;
using Xunit.Abstractions;

namespace ReturnWorkflows.Server.Tests;

/// <summary>
/// Two server processes on one PostgreSQL database share the timers' wake-up jobs through Hangfire. A thousand timers
/// fall due over 20 s; when a quarter have fired, one process is killed with SIGKILL (jobs in its hands are left
/// half-done) and started again five seconds later. Every timer must fire exactly once, with no bookmark and no
/// wake-up left over. About a minute on an idle two-core machine.
/// </summary>
public sealed class TimerFailoverTests(ITestOutputHelper output)
{
    private const int Timers = 1000;
    private static readonly TimeSpan Spread = TimeSpan.FromSeconds(20);

    // The recovery job runs every 5 s and fires timers 5 s overdue, so that the timers whose jobs the killed process
    // held are fired within the test instead of a minute later; the locks the killed process held (the delayed-job
    // poller's, a job's state lock) are taken over after 10 s instead of a minute.
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["ReturnWorkflows__Scheduling__LockTimeout"] = "00:00:10",
        ["ReturnWorkflows__Scheduling__RecoveryInterval"] = "00:00:05",
        ["ReturnWorkflows__Scheduling__RecoveryGrace"] = "00:00:05",
    };

    [Fact]
    public async Task A_thousand_timers_fire_exactly_once_while_one_of_two_nodes_is_killed_and_restarted()
    {
        var options = new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = await PostgresServer.Shared.CreateDatabaseAsync("rw_failover") };
        var clock = Stopwatch.StartNew();
        var killed = ServerNode.Start("node-a", options.ConnectionString, Settings);
        using var survivor = ServerNode.Start("node-b", options.ConnectionString, Settings);
        JobStorage? storage = null;
        ServerNode? restarted = null;
        try
        {
            // Both at once on a fresh database, as nodes start in production: one migrates under the start-up lock, the other waits for it.
            await killed.WaitHealthyAsync();
            await survivor.WaitHealthyAsync();
            output.WriteLine($"two nodes up after {clock.Elapsed.TotalSeconds:F1} s");

            // This process writes the timers as a third node that runs no Hangfire server: jobs scheduled after each commit.
            await using var database = await TestDatabase.OpenAsync(options,
                services => services.AddReturnWorkflowsScheduling(options, new SchedulerSettings { Enabled = false }));
            storage = database.Services.GetRequiredService<JobStorage>();
            await database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.WaitFromInput), Publish: true));
            // Due over 20 s from 8 s on; on a busy machine writing takes longer, and timers written late are due at once.
            var firstDue = DateTime.UtcNow.AddSeconds(8);
            var writing = Parallel.ForEachAsync(Enumerable.Range(0, Timers), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            {
                var wait = firstDue + Spread * i / Timers - DateTime.UtcNow;
                await database.SendAsync(new StartWorkflow("wait-from-input", Input: new JsonObject { ["Wait"] = (wait > TimeSpan.Zero ? wait : TimeSpan.Zero).ToString("c") }));
            });

            // The kill comes when a quarter of the timers have fired, whatever the machine's speed: mid-stream.
            while (await CountAsync(database, Finished) < Timers / 4 && clock.Elapsed < TimeSpan.FromMinutes(3))
                await Task.Delay(200);
            var killedPid = killed.Process.Id;
            killed.Kill();
            output.WriteLine($"node-a (pid {killedPid}) killed after {clock.Elapsed.TotalSeconds:F1} s, {await CountAsync(database, Finished)} timers fired");
            await Task.Delay(TimeSpan.FromSeconds(5));
            using var again = restarted = ServerNode.Start("node-a again", options.ConnectionString, Settings);
            await writing;
            output.WriteLine($"{Timers} timers written after {clock.Elapsed.TotalSeconds:F1} s");
            await again.WaitHealthyAsync();
            output.WriteLine($"node-a restarted after {clock.Elapsed.TotalSeconds:F1} s");

            var deadline = DateTime.UtcNow + Spread + TimeSpan.FromSeconds(40);
            while (await CountAsync(database, db => db.Bookmarks) > 0 && DateTime.UtcNow < deadline)
                await Task.Delay(500);
            // Jobs finishing their last bookmark move to Succeeded. A job scheduled by node-a just before the kill, whose
            // id it never recorded, was left for the recovery job's firing of its timer: it is due and runs once,
            // finding nothing. On a loaded machine that takes a few seconds more: wait for such jobs to drain.
            var drained = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            await Task.Delay(2000);
            while (DateTime.UtcNow < drained && WakeupJobs(storage, killedPid) is var left && left.Waiting + left.OtherProcessing > 0)
                await Task.Delay(500);
            output.WriteLine($"settled after {clock.Elapsed.TotalSeconds:F1} s");

            var resumed = await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().JournalEntries
                .Where(j => j.EventName == "Resumed" && j.ActivityType == "Elsa.Delay")
                .GroupBy(j => j.WorkflowInstanceId).Select(g => g.Count()).ToListAsync());
            var finished = await CountAsync(database, Finished);
            var (waiting, inFlightAtKill, otherProcessing) = WakeupJobs(storage, killedPid);
            output.WriteLine($"resumed {resumed.Count}, twice {resumed.Count(n => n > 1)}, finished {finished}; wake-ups still scheduled or enqueued {waiting}; " +
                             $"processing: {inFlightAtKill} held by the killed process (Hangfire re-runs them after its invisibility timeout; they find nothing), {otherProcessing} elsewhere");

            Assert.Equal((Timers, 0, Timers), (resumed.Count, resumed.Count(n => n > 1), finished));
            Assert.Equal((0, 0), (await CountAsync(database, db => db.Bookmarks), await CountAsync(database, db => db.TimerWakeups)));
            Assert.Equal((0, 0), (waiting, otherProcessing)); // no job left for a bookmark that is gone
        }
        catch
        {
            if (storage is not null) output.WriteLine("wake-up jobs left:\n" + DescribeLeftovers(storage));
            if (restarted is not null) output.WriteLine("node-a again:\n" + restarted.Output);
            output.WriteLine("node-a (the killed one, up to its end):\n" + killed.Output);
            output.WriteLine("node-b:\n" + survivor.Output);
            throw;
        }
        finally
        {
            killed.Dispose();
        }
    }

    private static IQueryable<WorkflowInstance> Finished(ReturnWorkflowsDbContext db) =>
        db.WorkflowInstances.Where(i => i.DefinitionId == "wait-from-input" && i.SubStatus == WorkflowSubStatus.Finished);

    private static Task<int> CountAsync<T>(TestDatabase database, Func<ReturnWorkflowsDbContext, IQueryable<T>> rows) =>
        database.InScopeAsync(scope => rows(scope.GetRequiredService<ReturnWorkflowsDbContext>()).CountAsync());

    /// <summary>Wake-up jobs still to run (scheduled or enqueued), and those processing: in the killed process's hands or elsewhere.</summary>
    private static (int Waiting, int InFlightAtKill, int OtherProcessing) WakeupJobs(JobStorage storage, int killedPid)
    {
        var monitoring = storage.GetMonitoringApi();
        static bool IsWakeup(Hangfire.Common.Job? job) => job?.Type == typeof(TimerWakeupJob);
        // A job deleted while enqueued keeps its queue row until a worker fetches and discards it: not a job left to run.
        var waiting = monitoring.ScheduledJobs(0, 5000).Count(j => IsWakeup(j.Value.Job) && j.Value.InScheduledState)
                      + monitoring.Queues().Sum(q => monitoring.EnqueuedJobs(q.Name, 0, 5000).Count(j => IsWakeup(j.Value.Job) && j.Value.InEnqueuedState));
        var processing = monitoring.ProcessingJobs(0, 5000).Where(j => IsWakeup(j.Value.Job)).ToList();
        var inFlightAtKill = processing.Count(j => j.Value.ServerId?.Contains($":{killedPid}:", StringComparison.Ordinal) == true);
        return (waiting, inFlightAtKill, processing.Count - inFlightAtKill);
    }

    /// <summary>For a failure: each wake-up job still scheduled or enqueued, with its bookmark and its state history.</summary>
    private static string DescribeLeftovers(JobStorage storage)
    {
        var monitoring = storage.GetMonitoringApi();
        var ids = monitoring.ScheduledJobs(0, 5000).Where(j => j.Value.Job?.Type == typeof(TimerWakeupJob)).Select(j => j.Key)
            .Concat(monitoring.Queues().SelectMany(q => monitoring.EnqueuedJobs(q.Name, 0, 5000)).Where(j => j.Value.Job?.Type == typeof(TimerWakeupJob)).Select(j => j.Key))
            .Distinct();
        return string.Join("\n", ids.Select(id => monitoring.JobDetails(id) is { } job
            ? $"job {id} for bookmark {job.Job?.Args.FirstOrDefault()} created {job.CreatedAt:HH:mm:ss.fff}: " +
              string.Join(" <- ", job.History.Select(h => $"{h.StateName} {h.CreatedAt:HH:mm:ss.fff} {h.Reason}"))
            : $"job {id}: no details"));
    }
}
