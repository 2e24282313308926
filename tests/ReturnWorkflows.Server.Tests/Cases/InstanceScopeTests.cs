using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>Under <c>/elsa/api</c> a supervisor reads only the workflow instances of their own office's cases.</summary>
public sealed class InstanceScopeTests(CaseServer api) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task A_supervisor_sees_their_offices_case_instances_and_another_offices_answer_404()
    {
        var sarajevoCase = (string)(await api.OpenFamilyAsync(family: "Scoped"))["caseId"]!;
        var belgradeCase = (string)(await api.OpenFamilyAsync("counsellor.belgrade", family: "Elsewhere"))["caseId"]!;
        var sarajevo = await InstanceOfAsync(sarajevoCase);
        var belgrade = await InstanceOfAsync(belgradeCase);
        var supervisor = api.As("supervisor"); // Sarajevo

        var listed = await ListedIdsAsync(supervisor);
        Assert.Contains(sarajevo, listed);
        Assert.DoesNotContain(belgrade, listed);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/elsa/api/workflow-instances/{sarajevo}")).StatusCode);

        var refused = new List<string>();
        foreach (var (method, path) in InstanceReads(belgrade))
        {
            var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method == "POST") request.Content = JsonContent.Create(new { workflowInstanceId = belgrade });
            var status = (await supervisor.SendAsync(request)).StatusCode;
            if (status != HttpStatusCode.NotFound) refused.Add($"{method} {path}: {(int)status}");
        }
        Assert.Empty(refused);

        // Those who design and run the workflows see every office's instances.
        var managed = await ListedIdsAsync(api.As("manager"));
        Assert.Contains(sarajevo, managed);
        Assert.Contains(belgrade, managed);
        Assert.Equal(HttpStatusCode.OK, (await api.As("admin").GetAsync($"/elsa/api/workflow-instances/{belgrade}/journal")).StatusCode);
    }

    private static IEnumerable<(string Method, string Path)> InstanceReads(string instanceId) =>
    [
        ("GET", $"/elsa/api/workflow-instances/{instanceId}"),
        ("GET", $"/elsa/api/workflow-instances/{instanceId}/execution-state"),
        ("GET", $"/elsa/api/workflow-instances/{instanceId}/journal"),
        ("POST", $"/elsa/api/workflow-instances/{instanceId}/journal"),
        ("GET", $"/elsa/api/workflow-instances/{instanceId}/variables"),
        ("GET", $"/elsa/api/activity-executions/list?workflowInstanceId={instanceId}"),
        ("GET", $"/elsa/api/activity-execution-summaries/list?workflowInstanceId={instanceId}"),
        ("POST", "/elsa/api/activity-executions/report"),
    ];

    private async Task<string> InstanceOfAsync(string caseId) =>
        await api.InDatabaseAsync(db => db.WorkflowInstances.Where(i => i.CaseId == caseId).Select(i => i.Id).SingleAsync());

    private static async Task<List<string>> ListedIdsAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/elsa/api/workflow-instances", new { pageSize = 500 });
        response.EnsureSuccessStatusCode();
        var items = (await response.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray();
        return items.Select(i => (string)i!["id"]!).ToList();
    }
}
