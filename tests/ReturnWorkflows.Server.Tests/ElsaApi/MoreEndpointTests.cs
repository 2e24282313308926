using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReturnWorkflows.Server.Tests.ElsaApi;

/// <summary>The endpoints the four Studio views call less often: their shapes and their refusals.</summary>
public sealed class MoreEndpointTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task Many_by_id_and_version_deletion_follow_Elsa()
    {
        var v1 = (string)(await api.SaveAsync("many-a", publish: true))["workflowDefinition"]!["id"]!;
        var v2 = (string)(await api.SaveAsync("many-a", publish: true))["workflowDefinition"]!["id"]!;

        var many = await api.Manager.GetJsonAsync($"/elsa/api/workflow-definitions/many-by-id?ids={v1}&ids={v2}");
        var refused = await api.Manager.DeleteAsync($"/elsa/api/workflow-definition-versions/{v2}"); // the published one
        var deleted = await api.Manager.DeleteAsync($"/elsa/api/workflow-definition-versions/{v1}");

        Assert.Equal(2, (int)many["count"]!);
        Assert.All(many["items"]!.AsArray(), d => Assert.NotNull(d!["root"]));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Manager.GetAsync($"/elsa/api/workflow-definitions/by-id/{v1}")).StatusCode);
    }

    [Fact]
    public async Task Versions_of_a_definition_are_a_plain_array_newest_first()
    {
        await api.SaveAsync("versions-a", publish: true);
        await api.SaveAsync("versions-a", publish: false);

        var response = await api.Manager.GetAsync("/elsa/api/workflow-definitions/versions-a/versions");
        var versions = (await response.Content.ReadFromJsonAsync<JsonArray>())!;

        Assert.Equal([2, 1], versions.Select(v => (int)v!["version"]!));
        Assert.Equal([false, true], versions.Select(v => (bool)v!["isPublished"]!));
        Assert.All(versions, v => Assert.NotNull(v!["root"]));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Manager.GetAsync("/elsa/api/workflow-definitions/nothing-here/versions")).StatusCode);
    }

    [Fact]
    public async Task Dispatch_answers_an_instance_id_that_exists_and_refuses_a_non_object_input()
    {
        await api.SaveAsync("dispatch-a", publish: true, waits: true);

        var dispatched = await (await api.Automation.PostAsJsonAsync("/elsa/api/workflow-definitions/dispatch-a/dispatch", new { input = new { caseId = "c1" } }))
            .Content.ReadFromJsonAsync<JsonObject>();
        var bad = await api.Automation.PostAsync("/elsa/api/workflow-definitions/dispatch-a/dispatch",
            new StringContent("""{"input": [1, 2]}""", System.Text.Encoding.UTF8, "application/json"));

        var id = (string)dispatched!["workflowInstanceId"]!;
        Assert.Equal("Suspended", (string?)(await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{id}"))["subStatus"]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull((await bad.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["input"]);
    }

    [Fact]
    public async Task Variables_summaries_and_call_stack_have_the_viewers_shapes()
    {
        await api.SaveAsync("shapes-a", publish: true, waits: true);
        var id = (await api.Automation.PostAsync("/elsa/api/workflow-definitions/shapes-a/execute", JsonContent.Create(new { }))).Headers.GetValues("x-elsa-workflow-instance-id").Single();

        var variables = await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{id}/variables");
        var summaries = await api.Manager.GetJsonAsync($"/elsa/api/activity-execution-summaries/list?WorkflowInstanceId={id}&ActivityNodeId=Workflow1:flow1:start1");
        var summary = summaries["items"]![0]!;
        var stack = await api.Manager.GetJsonAsync($"/elsa/api/activity-executions/{summary["id"]}/call-stack");

        Assert.IsType<JsonArray>(variables["items"]);
        Assert.Equal(variables["items"]!.AsArray().Count, (int)variables["count"]!);
        Assert.Equal("Completed", (string?)summary["status"]);
        Assert.Null(summary["activityState"]); // summaries leave the evaluated inputs out
        Assert.Equal(1, (int)stack["totalCount"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Manager.GetAsync("/elsa/api/activity-executions/by-id?id=nope")).StatusCode);
    }

    [Fact]
    public async Task Completing_a_task_nobody_waits_for_is_refused_naming_the_task()
    {
        var response = await api.Automation.PostAsJsonAsync("/elsa/api/tasks/no-such-task/complete", new { result = new { ok = true } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["taskId"]);
    }
}
