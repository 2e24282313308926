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
/// No clock tricks: the real server on PostgreSQL with Quartz's clustered store, a two-second Delay, and the drain
/// waking every second. The timer must fire by itself.
/// </summary>
public sealed class RealTimerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_delay_fires_by_itself_through_Quartz_and_PostgreSql()
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("rw_timer");
        await using var server = new ServerFactory(new()
        {
            ["ReturnWorkflows:Database:Provider"] = "PostgreSql",
            ["ReturnWorkflows:Database:ConnectionString"] = connectionString,
            ["ReturnWorkflows:Scheduling:DrainInterval"] = "00:00:01",
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
        while (instance.SubStatus != WorkflowSubStatus.Finished && clock.Elapsed < TimeSpan.FromSeconds(30));

        var lateness = instance.UpdatedAt - dueAt;
        output.WriteLine($"2 s delay finished {clock.Elapsed.TotalSeconds:F1} s after start; {lateness.TotalMilliseconds:F0} ms after it was due");
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.InRange(lateness, TimeSpan.Zero, TimeSpan.FromSeconds(10));

        // The same start registered the recurring jobs: a digest trigger per office time zone in appsettings.json.
        var scheduler = await server.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        foreach (var zone in new[] { "Europe/Belgrade", "Europe/Sarajevo", "Asia/Karachi" })
        {
            var digest = await scheduler.GetTrigger(Infrastructure.Scheduling.DailyDigestTriggers.KeyFor(TimeZoneInfo.FindSystemTimeZoneById(zone)));
            Assert.Equal(("0 0 7 * * ?", zone), (((Quartz.ICronTrigger)digest!).CronExpressionString, ((Quartz.ICronTrigger)digest).TimeZone.Id));
        }
        Assert.NotNull(await scheduler.GetTrigger(new Quartz.TriggerKey("overdue-sweep", "return-workflows")));
    }
}
