using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests;

/// <summary>
/// The event-based lifecycle is retired: shipped as version 2 marked retired, so no programme can choose it for new
/// cases, while a database that ran version 1 keeps its instances running on version 1 to their end.
/// </summary>
public sealed class RetiredLifecycleTests : IDisposable
{
    private readonly string _database = ServerFactory.NewSqliteDatabase();
    private readonly string _oldWorkflows = Directory.CreateTempSubdirectory("rw-old-workflows-").FullName;

    public void Dispose()
    {
        ServerFactory.DeleteSqlite(_database);
        Directory.Delete(_oldWorkflows, recursive: true);
    }

    [Fact]
    public async Task An_instance_started_on_the_old_lifecycle_runs_to_its_end_after_the_upgrade_and_no_programme_can_choose_it_again()
    {
        // Yesterday's install: the lifecycle as it was shipped before it was retired (version 1, no mark).
        var shipped = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "workflows", "avrr-case-lifecycle.json")))!.AsObject();
        shipped["version"] = 1;
        shipped["customProperties"] = new JsonObject();
        await File.WriteAllTextAsync(Path.Combine(_oldWorkflows, "avrr-case-lifecycle.json"), shipped.ToJsonString());
        string instanceId;
        await using (var before = new ServerFactory(new(ServerFactory.Sqlite(_database)) { ["ReturnWorkflows:WorkflowsFolder"] = _oldWorkflows }))
        {
            before.CreateClient().Dispose();
            instanceId = (await SendAsync(before, new StartWorkflow("avrr-case-lifecycle", CorrelationId: "BA-SJJ-2026-00001"))).InstanceId;
            await SendAsync(before, new RaiseEvent("IntakeCompleted", CorrelationId: "BA-SJJ-2026-00001"));
        }

        // Today's install on the same database: version 2, retired, is published; the running case stays on version 1.
        await using var after = new ServerFactory(ServerFactory.Sqlite(_database));
        after.CreateClient().Dispose();
        var versions = await InDatabaseAsync(after, db => db.WorkflowDefinitionVersions.Where(v => v.DefinitionId == "avrr-case-lifecycle")
            .Select(v => new { v.Version, v.IsPublished }).ToListAsync());
        Assert.Equal([(1, false), (2, true)], versions.OrderBy(v => v.Version).Select(v => (v.Version, v.IsPublished)));
        foreach (var step in new[] { "TravelDocumentIssued", "InformedDecisionRecorded", "EligibilityApproved", "TravelBooked", "ArrivalConfirmed", "ReintegrationPlanApproved" })
            await SendAsync(after, new RaiseEvent(step, CorrelationId: "BA-SJJ-2026-00001"));
        var timer = await InDatabaseAsync(after, db => db.Bookmarks.SingleAsync(b => b.WorkflowInstanceId == instanceId));
        await SendAsync(after, new ResumeBookmark(timer.Id));
        await SendAsync(after, new RaiseEvent("MonitoringVisitCompleted", CorrelationId: "BA-SJJ-2026-00001"));
        var instance = await InDatabaseAsync(after, db => db.WorkflowInstances.SingleAsync(i => i.Id == instanceId));
        Assert.Equal((1, WorkflowSubStatus.Finished), (instance.DefinitionVersion, instance.SubStatus));

        // Not a lifecycle for new cases any more: the API refuses it, naming the field; the programme page does not offer it.
        var admin = await after.WithAccessTokenAsync("admin");
        var programme = (await admin.GetJsonAsync("/api/programmes")).AsArray().Single(p => (string?)p!["id"] == "dk-avrr-wb")!.AsObject();
        programme["lifecycleWorkflowId"] = "avrr-case-lifecycle";
        var refused = await admin.PutAsJsonAsync("/api/programmes/dk-avrr-wb", programme);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("lifecycleWorkflowId", problem);
        Assert.Contains("retired", problem);
        using var page = await after.SignedInAsync("admin");
        var form = await page.GetStringAsync("/admin/programmes/dk-avrr-wb");
        Assert.Contains("value=\"consent-and-travel-document\"", form);
        Assert.DoesNotContain("value=\"avrr-case-lifecycle\"", form);
    }

    private static async Task<T> SendAsync<T>(ServerFactory server, IRequest<T> request)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private static async Task<T> InDatabaseAsync<T>(ServerFactory server, Func<ReturnWorkflowsDbContext, Task<T>> read)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>());
    }
}
