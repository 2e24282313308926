using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Infrastructure.Scheduling;
using ReturnWorkflows.Infrastructure.Scheduling.Timers;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// Each timer bookmark gets a wake-up job, scheduled only after the outermost commit and deleted when the bookmark is
/// removed; the job resumes its one bookmark; the recovery job catches what a crash lost. Hangfire is replaced by a
/// recording scheduler, and the clock is skipped.
/// </summary>
public abstract class TimerWakeupTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly TaskActor Amra = new("amra", ["Counsellor"], "SRB-BG");
    private readonly ManualTimeProvider _clock = new();
    private readonly RecordingWakeupScheduler _jobs = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, timeProvider: _clock,
            configure: services => services.Replace(ServiceDescriptor.Singleton<ITimerWakeupScheduler>(_jobs)));
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.CounsellingWithReminders()), Publish: true));
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.WaitOneDay), Publish: true));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Each_timer_gets_a_job_after_the_commit_named_for_what_it_is_without_the_task_title()
    {
        var started = await _database.SendAsync(new StartWorkflow("reminded"));

        var labels = _jobs.Jobs.Values.Select(j => j.Label).Order().ToList();
        Assert.Equal([
            "Escalation · Counselling session · Counselling decision · SRB-BG",
            "Reminder 1 · Counselling session · Counselling decision · SRB-BG",
            "Reminder 2 · Counselling session · Counselling decision · SRB-BG"], labels);
        Assert.DoesNotContain(labels, l => l.Contains("Amra", StringComparison.Ordinal)); // never the evaluated title
        var timers = started.Bookmarks.Where(b => b.DueAt is not null).ToDictionary(b => b.Id, b => b.DueAt!.Value);
        Assert.Equal(timers.OrderBy(t => t.Key), _jobs.Jobs.Values.Select(j => KeyValuePair.Create(j.BookmarkId, j.DueAt)).OrderBy(t => t.Key));
        Assert.Equal(_jobs.Jobs.Keys.Order(), (await WakeupsAsync()).Select(w => w.JobId).Order());
    }

    [Fact]
    public async Task A_step_that_rolls_back_schedules_nothing()
    {
        await _database.InScopeAsync(async scope =>
        {
            await using var unitOfWork = await scope.GetRequiredService<IUnitOfWork>().BeginAsync(CancellationToken.None);
            await scope.GetRequiredService<IMediator>().Send(new StartWorkflow("wait-one-day")); // joins: its commit is the outer one
            Assert.Empty(_jobs.Jobs);
        }); // disposed without committing: rolled back

        Assert.Empty(_jobs.Jobs);
        Assert.Empty(await WakeupsAsync());
    }

    [Fact]
    public async Task Completing_the_task_or_cancelling_the_instance_deletes_its_jobs_after_the_commit()
    {
        var completed = await _database.SendAsync(new StartWorkflow("reminded"));
        var cancelled = await _database.SendAsync(new StartWorkflow("wait-one-day"));
        Assert.Equal(4, _jobs.Jobs.Count);

        var task = await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().HumanTasks.SingleAsync(t => t.WorkflowInstanceId == completed.InstanceId));
        await _database.SendAsync(new ClaimTask(task.Id, Amra));
        await _database.SendAsync(new CompleteHumanTask(task.Id, Amra, "Approved"));
        await _database.SendAsync(new CancelWorkflow(cancelled.InstanceId));

        Assert.Empty(_jobs.Jobs);
        Assert.Equal(4, _jobs.Deleted.Count);
        Assert.Empty(await WakeupsAsync());
    }

    [Fact]
    public async Task The_job_resumes_its_one_timer_once_and_does_nothing_when_the_timer_is_gone()
    {
        var started = await _database.SendAsync(new StartWorkflow("wait-one-day"));
        var (jobId, wakeup) = _jobs.Jobs.Single();
        _clock.Advance(TimeSpan.FromDays(1));

        await RunWakeupAsync(wakeup);
        await RunWakeupAsync(wakeup); // Hangfire retried it, or a second node ran it

        var journal = await _database.JournalAsync(started.InstanceId);
        Assert.Single(journal, j => j.EventName == "Resumed");
        Assert.Equal(WorkflowSubStatus.Finished, await SubStatusAsync(started.InstanceId));
        Assert.Empty(await WakeupsAsync());
        Assert.Contains(jobId, _jobs.Deleted); // run outside Hangfire here, so it is not its own running job
    }

    [Fact]
    public async Task A_job_run_ahead_of_time_fires_nothing_and_wakes_the_timer_when_due()
    {
        var started = await _database.SendAsync(new StartWorkflow("wait-one-day"));
        var (first, wakeup) = _jobs.Jobs.Single();

        await RunWakeupAsync(wakeup); // "Enqueue now" in the dashboard

        Assert.Equal(WorkflowSubStatus.Suspended, await SubStatusAsync(started.InstanceId));
        var again = Assert.Single(await WakeupsAsync());
        Assert.NotEqual(first, again.JobId);
        Assert.Equal(wakeup.DueAt, _jobs.Jobs[again.JobId!].DueAt);
    }

    [Fact]
    public async Task Recovery_schedules_timers_whose_job_was_lost_and_fires_those_overdue_past_the_grace()
    {
        _jobs.Down = true; // the node dies between the commit and scheduling
        var lost = await _database.SendAsync(new StartWorkflow("wait-one-day"));
        _jobs.Down = false;
        Assert.Empty(_jobs.Jobs);
        Assert.Null(Assert.Single(await WakeupsAsync()).JobId);

        await RecoveryAsync(job => job.ScheduleMissingAsync(CancellationToken.None)); // at the next start
        var scheduled = Assert.Single(_jobs.Jobs);
        Assert.Equal(lost.Bookmarks.Single().Id, scheduled.Value.BookmarkId);
        Assert.Equal(scheduled.Key, Assert.Single(await WakeupsAsync()).JobId);

        _jobs.Delete(scheduled.Key); // an operator deletes it in the dashboard: the timer still fires
        _clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(30));
        await RecoveryAsync(job => job.RunAsync(CancellationToken.None));
        Assert.Equal(WorkflowSubStatus.Suspended, await SubStatusAsync(lost.InstanceId)); // within the grace: its job's turn
        _clock.Advance(TimeSpan.FromMinutes(1));
        await RecoveryAsync(job => job.RunAsync(CancellationToken.None));
        Assert.Equal(WorkflowSubStatus.Finished, await SubStatusAsync(lost.InstanceId));
        Assert.Empty(await WakeupsAsync());
    }

    [Fact]
    public async Task Recovery_deletes_the_job_of_a_timer_that_vanished_without_its_step()
    {
        await _database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            db.TimerWakeups.Add(new TimerWakeup { BookmarkId = "gone", Label = "Delay · Gone", JobId = "job-of-gone" });
            await db.SaveChangesAsync();
        });

        await RecoveryAsync(job => job.RunAsync(CancellationToken.None));

        Assert.Equal(["job-of-gone"], _jobs.Deleted);
        Assert.Empty(await WakeupsAsync());
    }

    private Task RunWakeupAsync(WakeupToSchedule wakeup) => _database.InScopeAsync(scope =>
        ActivatorUtilities.CreateInstance<TimerWakeupJob>(scope).RunAsync(wakeup.BookmarkId, wakeup.Label, null, CancellationToken.None));

    private Task RecoveryAsync(Func<TimerRecoveryJob, Task> run) => _database.InScopeAsync(scope =>
        run(ActivatorUtilities.CreateInstance<TimerRecoveryJob>(scope, new SchedulerSettings { RecoveryGrace = TimeSpan.FromMinutes(1) })));

    private Task<List<TimerWakeup>> WakeupsAsync() =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().TimerWakeups.AsNoTracking().ToListAsync());

    private Task<WorkflowSubStatus> SubStatusAsync(string instanceId) =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().WorkflowInstances
            .Where(i => i.Id == instanceId).Select(i => i.SubStatus).SingleAsync());
}

public sealed class SqliteTimerWakeupTests() : TimerWakeupTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlTimerWakeupTests() : TimerWakeupTests(DatabaseProvider.PostgreSql);
