using System.Net;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Runtime.Timers;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Tests.ElsaApi;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.Operations;

/// <summary>Operators see an instance's timers (to come and fired) and the outbox, and send a failed e-mail again.</summary>
public sealed class OperationsApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task An_instances_schedule_shows_timers_to_come_and_timers_that_fired()
    {
        await SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.WaitFromInput), Publish: true));
        var waiting = await SendAsync(new StartWorkflow("wait-from-input", Input: new JsonObject { ["Wait"] = "1.00:00:00" }));
        var quick = await SendAsync(new StartWorkflow("wait-from-input", Input: new JsonObject { ["Wait"] = "00:00:00.2" }));
        await Task.Delay(300);
        await api.Server.Services.GetRequiredService<TimerDrain>().DrainAsync(CancellationToken.None); // or the timer's own job got there first

        var later = await api.Manager.GetJsonAsync($"/api/operations/instances/{waiting.InstanceId}/schedule");
        var done = await api.Manager.GetJsonAsync($"/api/operations/instances/{quick.InstanceId}/schedule");

        var timer = Assert.Single(later["scheduled"]!.AsArray())!;
        Assert.Equal(("wait", waiting.Bookmarks.Single().DueAt), ((string)timer["activityId"]!, (DateTime?)timer["dueAt"]));
        Assert.Empty(later["fired"]!.AsArray());
        Assert.Equal("Suspended", (string)later["subStatus"]!);

        Assert.Empty(done["scheduled"]!.AsArray());
        var fired = Assert.Single(done["fired"]!.AsArray())!;
        Assert.Equal(("wait", "Elsa.Delay", quick.Bookmarks.Single().DueAt), ((string)fired["activityId"]!, (string)fired["activityType"]!, (DateTime?)fired["dueAt"]));
        Assert.True((DateTime)fired["firedAt"]! >= (DateTime)fired["dueAt"]!);
        Assert.Equal("Finished", (string)done["subStatus"]!);

        Assert.Equal(HttpStatusCode.NotFound, (await api.Manager.GetAsync("/api/operations/instances/nope/schedule")).StatusCode);
    }

    [Fact]
    public async Task Operators_list_failed_emails_and_requeue_them_once()
    {
        await using (var scope = api.Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
            db.OutboxMessages.AddRange(Message("ops-failed", OutboxStatus.Failed), Message("ops-sent", OutboxStatus.Sent));
            await db.SaveChangesAsync();
        }

        var failed = await api.Manager.GetJsonAsync("/api/operations/outbox");
        var requeue = await api.Manager.PostAsync("/api/operations/outbox/ops-failed/requeue", null);
        var again = await api.Manager.PostAsync("/api/operations/outbox/ops-failed/requeue", null);
        var sent = await api.Manager.PostAsync("/api/operations/outbox/ops-sent/requeue", null);
        var missing = await api.Manager.PostAsync("/api/operations/outbox/nope/requeue", null);
        var badStatus = await api.Manager.GetAsync("/api/operations/outbox?status=Lost");

        var item = Assert.Single(failed["items"]!.AsArray(), m => (string)m!["id"]! == "ops-failed")!;
        Assert.Equal(("Failed", 8, "550 mailbox unavailable"), ((string)item["status"]!, (int)item["attempts"]!, (string)item["lastError"]!));
        Assert.Null(item["body"]);
        Assert.True((int)failed["counts"]!["Failed"]! >= 1);
        Assert.Equal(HttpStatusCode.OK, requeue.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.NotFound), (again.StatusCode, sent.StatusCode, missing.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains("status", await badStatus.Content.ReadAsStringAsync());
        await using (var scope = api.Server.Services.CreateAsyncScope())
        {
            var row = await scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == "ops-failed");
            // Requeued: pending again with its attempts reset. The server's own dispatcher may have tried it once since
            // (this test server has no mail server, so that try leaves it pending with one attempt).
            Assert.Equal(OutboxStatus.Pending, row.Status);
            Assert.InRange(row.Attempts, 0, 1);
        }
    }

    [Fact]
    public async Task Only_operators_may_look()
    {
        using var counsellor = await api.Server.WithAccessTokenAsync("counsellor");
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Supervisor.GetAsync("/api/operations/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.PostAsync("/api/operations/outbox/x/requeue", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Automation.GetAsync("/api/operations/outbox?status=Pending")).StatusCode);
    }

    private async Task<T> SendAsync<T>(IRequest<T> command)
    {
        await using var scope = api.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    private static OutboxMessage Message(string id, OutboxStatus status) => new()
    {
        Id = id, Key = $"test:{id}", Recipient = "ops@example.org", Subject = "A task of yours is overdue", Body = "Sign in.",
        Status = status, Attempts = status == OutboxStatus.Failed ? 8 : 1, LastError = status == OutboxStatus.Failed ? "550 mailbox unavailable" : null,
        CreatedAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow.AddDays(1),
    };
}
