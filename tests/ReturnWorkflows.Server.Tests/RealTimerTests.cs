using System.Diagnostics;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;
using Xunit.Abstractions;

namespace ReturnWorkflows.Server.Tests;

/// <summary>
/// No clock tricks: the real server on PostgreSQL with Hangfire's PostgreSQL storage and a two-second Delay. The timer
/// must fire by itself, woken by its own delayed job.
/// </summary>
public sealed class RealTimerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_delay_fires_by_itself_through_Hangfire_and_PostgreSql()
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("rw_timer");
        await using var server = new ServerFactory(new()
        {
            ["ReturnWorkflows:Database:Provider"] = "PostgreSql",
            ["ReturnWorkflows:Database:ConnectionString"] = connectionString,
        });
        server.CreateClient().Dispose();
        await using (var scope = server.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.WaitFromInput), Publish: true));

        WorkflowRunResult started;
        await using (var scope = server.Services.CreateAsyncScope())
            started = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new StartWorkflow("wait-from-input",
                Input: new System.Text.Json.Nodes.JsonObject { ["Wait"] = "00:00:02" }));
        var dueAt = started.Bookmarks.Single().DueAt!.Value;

        var clock = Stopwatch.StartNew();
        WorkflowInstance instance;
        do
        {
            await Task.Delay(200);
            await using var scope = server.Services.CreateAsyncScope();
            instance = await scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>().WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == started.InstanceId);
        }
        // Up to 90 s: beside the multi-process tests a loaded machine has left the jobs queued for over 30 s. How late
        // timers fire is the benchmark's to measure (`timers`), not this test's.
        while (instance.SubStatus != WorkflowSubStatus.Finished && clock.Elapsed < TimeSpan.FromSeconds(90));

        var lateness = instance.UpdatedAt - dueAt;
        output.WriteLine($"2 s delay finished {clock.Elapsed.TotalSeconds:F1} s after start; {lateness.TotalMilliseconds:F0} ms after it was due");
        if (instance.SubStatus != WorkflowSubStatus.Finished) DescribeHangfire(server);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.True(lateness >= TimeSpan.Zero, $"the timer fired {-lateness.TotalMilliseconds:F0} ms early"); // never before it is due

        // The same start registered the recurring jobs under stable ids: a digest per office time zone in
        // appsettings.json, at 07:00 in that zone.
        using var connection = server.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection();
        var recurring = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection).ToDictionary(j => j.Id);
        foreach (var zone in new[] { "Europe/Belgrade", "Europe/Sarajevo", "Asia/Karachi" })
        {
            var digest = recurring[Infrastructure.Scheduling.DailyDigestJob.RecurringJobIdFor(TimeZoneInfo.FindSystemTimeZoneById(zone))];
            Assert.Equal(("0 7 * * *", zone), (digest.Cron, digest.TimeZoneId));
        }
        Assert.Equal("0 */1 * * * *", recurring["timer-recovery"].Cron);
        Assert.False(recurring.ContainsKey("timer-drain")); // each timer has its own job now
        Assert.Equal("0 */5 * * * *", recurring["overdue-sweep"].Cron);
        Assert.Equal("*/10 * * * * *", recurring["outbox-dispatch"].Cron);
    }

    // What Hangfire did with the timer's job, for a run where the timer did not fire.
    private void DescribeHangfire(ServerFactory server)
    {
        var storage = server.Services.GetRequiredService<Hangfire.JobStorage>();
        var monitoring = storage.GetMonitoringApi();
        var statistics = monitoring.GetStatistics();
        output.WriteLine($"Hangfire: {statistics.Servers} server(s), {statistics.Succeeded} succeeded, {statistics.Failed} failed, {statistics.Deleted} deleted, {statistics.Enqueued} enqueued, {statistics.Processing} processing");
        foreach (var id in monitoring.ScheduledJobs(0, 10).Select(j => j.Key).Concat(monitoring.SucceededJobs(0, 10).Select(j => j.Key)))
            foreach (var state in monitoring.JobDetails(id)?.History ?? [])
                output.WriteLine($"job {id}: {state.StateName} {state.Reason} {string.Join("; ", state.Data.Select(d => $"{d.Key}={d.Value}"))}");
    }
}
