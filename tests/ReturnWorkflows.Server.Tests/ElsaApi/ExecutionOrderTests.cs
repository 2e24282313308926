using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReturnWorkflows.Server.Tests.ElsaApi;

/// <summary>
/// Records, summaries and the journal answer in the order things ran, even when one step runs a whole flowchart,
/// and a start may be a GET as in Elsa.
/// </summary>
public sealed class ExecutionOrderTests(ApiServer api) : IClassFixture<ApiServer>
{
    // Start → Fork → two WriteLines → Join → End, all in one step.
    private const string ForkAndJoin = """
        {"definitionId":"fork-and-join","name":"Fork and join","root":{"id":"flow1","type":"Elsa.Flowchart","version":1,
         "activities":[
          {"id":"start","type":"Elsa.Start","version":1},
          {"id":"fork","type":"Elsa.FlowFork","version":1,"branches":{"typeName":"String[]","expression":{"type":"Object","value":"[\"a\",\"b\"]"}}},
          {"id":"a","type":"Elsa.WriteLine","version":1,"text":{"typeName":"String","expression":{"type":"Literal","value":"a"}}},
          {"id":"b","type":"Elsa.WriteLine","version":1,"text":{"typeName":"String","expression":{"type":"Literal","value":"b"}}},
          {"id":"join","type":"Elsa.FlowJoin","version":1,"mode":{"typeName":"String","expression":{"type":"Literal","value":"WaitAll"}}},
          {"id":"end","type":"Elsa.End","version":1}],
         "connections":[
          {"source":{"activity":"start","port":"Done"},"target":{"activity":"fork","port":"In"}},
          {"source":{"activity":"fork","port":"a"},"target":{"activity":"a","port":"In"}},
          {"source":{"activity":"fork","port":"b"},"target":{"activity":"b","port":"In"}},
          {"source":{"activity":"a","port":"Done"},"target":{"activity":"join","port":"In"}},
          {"source":{"activity":"b","port":"Done"},"target":{"activity":"join","port":"In"}},
          {"source":{"activity":"join","port":"Done"},"target":{"activity":"end","port":"In"}}]}}
        """;

    [Fact]
    public async Task Records_summaries_and_journal_list_in_the_order_the_activities_ran()
    {
        var instanceId = await RunAsync();

        foreach (var list in new[] { "activity-executions/list", "activity-execution-summaries/list" })
        {
            var items = (await api.Manager.GetJsonAsync($"/elsa/api/{list}?workflowInstanceId={instanceId}"))["items"]!.AsArray();
            Assert.Equal(["flow1", "start", "fork", "a", "b", "join", "end"], items.Select(i => (string)i!["activityId"]!));
            var sequences = items.Select(i => (long)i!["sequence"]!).ToList();
            Assert.Equal(sequences.Order(), sequences);
            Assert.Equal(sequences.Count, sequences.Distinct().Count());
            var started = items.Select(i => DateTimeOffset.Parse((string)i!["startedAt"]!)).ToList();
            Assert.Equal(started.Order(), started); // each has its own time, never later than the next one's
        }
        var journal = (await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{instanceId}/journal"))["items"]!.AsArray();
        var started2 = journal.Where(e => (string?)e!["eventName"] == "Started").Select(e => (string)e!["activityId"]!);
        Assert.Equal(["flow1", "start", "fork", "a", "b", "join", "end"], started2);
    }

    [Fact]
    public async Task A_start_by_GET_answers_like_POST()
    {
        await SaveAsync();

        var response = await api.Automation.GetAsync("/elsa/api/workflow-definitions/fork-and-join/execute?correlationId=case-7&input=%7B%22x%22%3A1%7D");
        var badInput = await api.Automation.GetAsync("/elsa/api/workflow-definitions/fork-and-join/execute?input=not-json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var instanceId = response.Headers.GetValues("x-elsa-workflow-instance-id").Single();
        Assert.Equal("Finished", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["workflowState"]!["subStatus"]);
        var instance = await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{instanceId}");
        Assert.Equal("case-7", (string?)instance["correlationId"]);
        Assert.Equal(HttpStatusCode.BadRequest, badInput.StatusCode);
    }

    private async Task SaveAsync() =>
        (await api.Manager.PostAsJsonAsync("/elsa/api/workflow-definitions",
            new JsonObject { ["model"] = JsonNode.Parse(ForkAndJoin), ["publish"] = true })).EnsureSuccessStatusCode();

    private async Task<string> RunAsync()
    {
        await SaveAsync();
        var response = await api.Automation.PostAsJsonAsync("/elsa/api/workflow-definitions/fork-and-join/execute", new { });
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("x-elsa-workflow-instance-id").Single();
    }
}
