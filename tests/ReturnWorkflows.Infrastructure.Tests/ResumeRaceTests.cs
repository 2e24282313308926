using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;
using Xunit.Abstractions;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// Exactly-once on a real PostgreSQL: many resumers of one bookmark, each with its own connection and scope as
/// separate server nodes would have. One wins; the others get a clear refusal; the state is intact.
/// </summary>
public sealed class ResumeRaceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Racers = 8;
    private const int Rounds = 10;
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.ArrivalFollowUp), Publish: true));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Concurrent_resumes_of_one_bookmark_have_exactly_one_winner()
    {
        var winners = new List<int>();
        var refusals = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var started = await SendAsync(new StartWorkflow("arrival-follow-up"));
            var bookmark = started.Bookmarks.Single().Id;

            var results = await RaceAsync(_ => new ResumeBookmark(bookmark));

            winners.Add(results.Count(r => r is WorkflowRunResult));
            refusals += results.Count(r => r is NotFoundException or ConflictException);
            Assert.All(results, r => Assert.True(r is WorkflowRunResult or NotFoundException or ConflictException, r.ToString()));
            var journal = await JournalAsync(started.InstanceId);
            Assert.Equal(1, journal.Count(j => j.EventName == "Resumed"));
            Assert.Equal(journal.Count, journal.Select(j => j.Sequence).Distinct().Count());
        }
        output.WriteLine($"{Rounds} rounds × {Racers} resumers: winners per round {string.Join(",", winners)}; {refusals} refused");
        Assert.All(winners, w => Assert.Equal(1, w));
        Assert.Equal(Rounds * (Racers - 1), refusals);
    }

    [Fact]
    public async Task A_resume_racing_a_cancel_ends_with_exactly_one_of_them_applied()
    {
        var outcomes = new Dictionary<string, int> { ["resumed"] = 0, ["cancelled"] = 0 };
        for (var round = 0; round < Rounds; round++)
        {
            var started = await SendAsync(new StartWorkflow("arrival-follow-up"));
            var bookmark = started.Bookmarks.Single().Id;

            var results = await RaceAsync<WorkflowRunResult>(i => i % 2 == 0 ? new ResumeBookmark(bookmark) : new CancelWorkflow(started.InstanceId), racers: 2);

            var instance = await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>()
                .WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == started.InstanceId));
            Assert.Equal(WorkflowStatus.Finished, instance.Status);
            Assert.Single(results, r => r is WorkflowRunResult);
            outcomes[instance.SubStatus == WorkflowSubStatus.Cancelled ? "cancelled" : "resumed"]++;
        }
        output.WriteLine($"{Rounds} resume-versus-cancel races: {outcomes["resumed"]} resumed first, {outcomes["cancelled"]} cancelled first");
    }

    private Task<object[]> RaceAsync<T>(Func<int, IRequest<T>> command, int racers = Racers) =>
        Race.RunAsync(racers, async i => (object)(await _database.SendAsync(command(i)))!);

    private Task<T> SendAsync<T>(IRequest<T> command) => _database.SendAsync(command);

    private Task<List<Engine.Runtime.JournalEntry>> JournalAsync(string id) => _database.JournalAsync(id);
}
