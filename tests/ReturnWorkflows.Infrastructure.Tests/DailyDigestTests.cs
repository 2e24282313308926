using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Calendars;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>The morning digest: per person, in their office's time zone, on its working days, once a day.</summary>
public abstract class DailyDigestTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Belgrade = "Europe/Belgrade";
    // Monday 2 March 2026, 07:00 in Belgrade.
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, timeProvider: _clock, configure: services => services.Configure<CalendarOptions>(calendars =>
        {
            calendars.Offices["SRB-BG"] = new OfficeCalendarSettings { TimeZone = Belgrade };
            calendars.Offices["PK-ISB"] = new OfficeCalendarSettings { TimeZone = "Asia/Karachi" };
        }));
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.CounsellingDecision), Publish: true));
        await Users.AddAsync(_database, "amra", "SRB-BG", "Counsellor", "amra@example.org");
        await Users.AddAsync(_database, "luka", "SRB-BG", "Counsellor", email: null);
        await Users.AddAsync(_database, "mila", "SRB-BG", "Supervisor", "mila@example.org");
        await Users.AddAsync(_database, "imran", "PK-ISB", "Counsellor", "imran@example.org");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Each_person_with_work_gets_one_digest_a_day_in_their_offices_zone()
    {
        var first = await _database.SendAsync(new StartWorkflow("counselling-decision"));
        await _database.SendAsync(new StartWorkflow("counselling-decision"));
        var claimed = await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().HumanTasks.SingleAsync(t => t.WorkflowInstanceId == first.InstanceId));
        await _database.SendAsync(new ClaimTask(claimed.Id, new TaskActor("amra", ["Counsellor"], "SRB-BG")));

        Assert.Equal(1, await _database.SendAsync(new SendDailyDigests(Belgrade)));
        Assert.Equal(0, await _database.SendAsync(new SendDailyDigests(Belgrade))); // a second run the same day
        Assert.Equal(0, await _database.SendAsync(new SendDailyDigests("Asia/Karachi"))); // imran has no work

        var digest = Assert.Single(await OutboxAsync());
        // mila (a supervisor, no tasks) and luka (no address) get none; counts and a link, no case data.
        Assert.Equal(("amra@example.org", "digest:amra:2026-03-02"), (digest.Recipient, digest.Key));
        Assert.Contains("Your tasks: 1. Open in your office's queue: 1. Overdue among them: 0.", digest.Body);
        Assert.DoesNotContain(claimed.Title, digest.Subject + digest.Body);

        _clock.Advance(TimeSpan.FromDays(4)); // Friday: both tasks (due after 3 days) are overdue
        Assert.Equal(1, await _database.SendAsync(new SendDailyDigests(Belgrade)));
        Assert.Contains("Overdue among them: 2.", (await OutboxAsync()).Last().Body);

        _clock.Advance(TimeSpan.FromDays(1)); // Saturday: the office does not work
        Assert.Equal(0, await _database.SendAsync(new SendDailyDigests(Belgrade)));
    }

    private Task<List<Engine.Notifications.OutboxMessage>> OutboxAsync() => _database.InScopeAsync(scope =>
        scope.GetRequiredService<ReturnWorkflowsDbContext>().OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());
}

public sealed class SqliteDailyDigestTests() : DailyDigestTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlDailyDigestTests() : DailyDigestTests(DatabaseProvider.PostgreSql);
