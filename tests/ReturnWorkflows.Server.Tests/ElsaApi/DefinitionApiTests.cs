using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReturnWorkflows.Server.Tests.ElsaApi;

/// <summary>The shapes and rules the Studio's definition list and editor depend on (../shared/elsa-studio, §1).</summary>
public sealed class DefinitionApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task The_list_answers_pages_with_links_that_let_designers_edit()
    {
        await api.SaveAsync("list-a", publish: true);

        var page = await api.Manager.GetJsonAsync("/elsa/api/workflow-definitions?versionOptions=Latest&Page=0&PageSize=10&SearchTerm=&IsSystem=False&OrderDirection=Ascending");

        var item = page["items"]!.AsArray().Single(i => (string?)i!["definitionId"] == "list-a")!;
        foreach (var field in new[] { "id", "definitionId", "name", "version", "isLatest", "isPublished", "materializerName", "createdAt", "links" })
            Assert.NotNull(item[field]);
        Assert.Contains("publish", Rels(item));
        Assert.Contains("bulk-publish", Rels(page));
        Assert.True((int)page["totalCount"]! >= 1);
    }

    [Fact]
    public async Task A_supervisor_gets_no_editing_links_and_cannot_save()
    {
        await api.SaveAsync("read-only-a", publish: false);

        var page = await api.Supervisor.GetJsonAsync("/elsa/api/workflow-definitions?versionOptions=Latest");
        var definition = await api.Supervisor.GetJsonAsync("/elsa/api/workflow-definitions/by-definition-id/read-only-a");
        var save = await api.Supervisor.PostAsJsonAsync("/elsa/api/workflow-definitions", new { model = definition, publish = true });

        Assert.DoesNotContain("bulk-publish", Rels(page));
        Assert.DoesNotContain("publish", Rels(definition));
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
    }

    [Fact]
    public async Task A_definition_comes_back_in_the_canonical_shape_with_node_ids()
    {
        await api.SaveAsync("canonical-a", publish: false);

        var definition = await api.Manager.GetJsonAsync("/elsa/api/workflow-definitions/by-definition-id/canonical-a?versionOptions=Latest");

        foreach (var list in new[] { "variables", "inputs", "outputs", "outcomes" })
            Assert.IsType<JsonArray>(definition[list]);
        Assert.IsType<JsonObject>(definition["customProperties"]);
        Assert.Equal("Workflow1:flow1", (string?)definition["root"]!["nodeId"]);
        Assert.Equal(["Workflow1:flow1:start1", "Workflow1:flow1:write1"],
            definition["root"]!["activities"]!.AsArray().Select(a => (string?)a!["nodeId"]));
        Assert.Contains("publish", Rels(definition));
    }

    [Fact]
    public async Task Saving_publishing_and_retracting_follow_the_version_rules()
    {
        var created = await api.Manager.PostAsJsonAsync("/elsa/api/workflow-definitions", JsonNode.Parse("""
            {"model":{"definitionId":null,"name":"Created in the list","version":1,"isLatest":true,"isPublished":false,
                      "root":{"id":"f0","type":"Elsa.Flowchart","version":1,"name":"Flowchart1"}},"publish":null}
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = (await created.Content.ReadFromJsonAsync<JsonObject>())!["workflowDefinition"]!;
        var definitionId = (string)draft["definitionId"]!;
        Assert.False((bool)draft["isPublished"]!);
        var empty = await api.Manager.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/publish", JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull((await empty.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["root.activities"]);
        await api.SaveAsync(definitionId, publish: false); // the designer's next auto-save: now it has activities

        var publish = await api.Manager.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/publish", JsonContent.Create(new { }));
        var again = await api.Manager.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/publish", JsonContent.Create(new { }));
        var retract = await api.Manager.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/retract", JsonContent.Create(new { }));
        var retractAgain = await api.Manager.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/retract", JsonContent.Create(new { }));

        Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
        Assert.False((bool)(await publish.Content.ReadFromJsonAsync<JsonObject>())!["alreadyPublished"]!);
        Assert.True((bool)(await again.Content.ReadFromJsonAsync<JsonObject>())!["alreadyPublished"]!);
        Assert.False((bool)(await retract.Content.ReadFromJsonAsync<JsonObject>())!["isPublished"]!);
        Assert.Equal(HttpStatusCode.BadRequest, retractAgain.StatusCode);
        Assert.NotNull((await retractAgain.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["definitionId"]);
    }

    [Fact]
    public async Task Version_history_and_revert_make_an_old_version_the_new_draft()
    {
        await api.SaveAsync("history-a", publish: true);                       // v1 published: Start → WriteLine
        await api.SaveAsync("history-a", publish: true, waits: true);          // v2 published: Start → Event

        var history = await api.Manager.GetJsonAsync("/elsa/api/workflow-definitions?versionOptions=AllVersions&DefinitionIds=history-a&OrderBy=Version&OrderDirection=Descending&Page=&PageSize=");
        var revert = await api.Manager.PostAsync("/elsa/api/workflow-definitions/history-a/revert/1", null);
        var latest = await api.Manager.GetJsonAsync("/elsa/api/workflow-definitions/by-definition-id/history-a?versionOptions=Latest");

        Assert.Equal([2, 1], history["items"]!.AsArray().Select(i => (int)i!["version"]!));
        Assert.Equal(HttpStatusCode.Created, revert.StatusCode);
        Assert.Equal(3, (int)latest["version"]!);
        Assert.False((bool)latest["isPublished"]!);
        Assert.Contains(latest["root"]!["activities"]!.AsArray(), a => (string?)a!["type"] == "Elsa.WriteLine");
    }

    [Fact]
    public async Task Non_breaking_spaces_the_outcomes_editor_types_are_stored_as_plain_spaces()
    {
        // As the Studio sends it: the outcomes an Object expression (JSON text, the character escaped inside it), the
        // connection's port the character itself.
        var definition = JsonNode.Parse(ReturnWorkflows.Testing.Workflows.CounsellingDecision
            .Replace("[\\\"Approved\\\",", "[\\\"Decided\\\\u00A0to\\\\u00A0return\\\",")
            .Replace("\"port\":\"Approved\"", "\"port\":\"Decided\u00a0to\u00a0return\""))!;
        definition["definitionId"] = "nbsp-outcomes";
        (await api.Manager.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition, ["publish"] = false })).EnsureSuccessStatusCode();

        var stored = await api.Manager.GetJsonAsync("/elsa/api/workflow-definitions/by-definition-id/nbsp-outcomes");
        var task = stored["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "decide")!;
        Assert.Equal(["Decided to return", "Rejected"], JsonNode.Parse((string)task["outcomes"]!["expression"]!["value"]!)!.AsArray().Select(o => (string?)o));
        Assert.Contains(stored["root"]!["connections"]!.AsArray(), c => (string?)c!["source"]!["port"] == "Decided to return");
    }

    [Fact]
    public async Task An_export_starts_with_Elsas_schema_and_imports_back()
    {
        await api.SaveAsync("export-a", publish: true);

        var file = await api.Manager.GetAsync("/elsa/api/workflow-definitions/export-a/export?versionOptions=Latest");
        var text = await file.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(text)!.AsObject();
        json["definitionId"] = "export-a-copy";
        json["name"] = "Imported copy";
        var imported = await api.Manager.PostAsync("/elsa/api/workflow-definitions/import", new StringContent(json.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal("$schema", json.First().Key);
        Assert.Contains("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        imported.EnsureSuccessStatusCode();
        var copy = await api.Manager.GetJsonAsync("/elsa/api/workflow-definitions/by-definition-id/export-a-copy");
        Assert.Equal("Imported copy", (string?)copy["name"]);
        Assert.Null(copy["$schema"]);
    }

    [Fact]
    public async Task Names_are_checked_for_uniqueness_ignoring_the_definition_being_renamed()
    {
        await api.SaveAsync("unique-a", publish: false, name: "Arrival follow-up");

        Assert.False((bool)(await api.Manager.GetJsonAsync("/elsa/api/workflow-definitions/validation/is-name-unique?name=arrival%20FOLLOW-UP"))["isUnique"]!);
        Assert.True((bool)(await api.Manager.GetJsonAsync("/elsa/api/workflow-definitions/validation/is-name-unique?name=Arrival%20follow-up&definitionId=unique-a"))["isUnique"]!);
        Assert.True((bool)(await api.Manager.GetJsonAsync("/elsa/api/workflow-definitions/validation/is-name-unique?name=Workflow%2099"))["isUnique"]!);
    }

    [Fact]
    public async Task Bulk_actions_report_each_definition()
    {
        await api.SaveAsync("bulk-a", publish: false);
        await api.SaveAsync("bulk-b", publish: true);

        var publish = await (await api.Manager.PostAsJsonAsync("/elsa/api/bulk-actions/publish/workflow-definitions/by-definition-ids",
            new { definitionIds = new[] { "bulk-a", "bulk-b", "bulk-missing" } })).Content.ReadFromJsonAsync<JsonObject>();
        var retract = await (await api.Manager.PostAsJsonAsync("/elsa/api/bulk-actions/retract/workflow-definitions/by-definition-ids",
            new { definitionIds = new[] { "bulk-a" } })).Content.ReadFromJsonAsync<JsonObject>();
        var delete = await (await api.Manager.PostAsJsonAsync("/elsa/api/bulk-actions/delete/workflow-definitions/by-definition-id",
            new { definitionIds = new[] { "bulk-a", "bulk-b" } })).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(["bulk-a"], publish!["published"]!.AsArray().Select(x => (string?)x));
        Assert.Equal(["bulk-b"], publish["alreadyPublished"]!.AsArray().Select(x => (string?)x));
        Assert.Equal(["bulk-missing"], publish["notFound"]!.AsArray().Select(x => (string?)x));
        Assert.Equal(["bulk-a"], retract!["retracted"]!.AsArray().Select(x => (string?)x));
        Assert.Equal(2, (int)delete!["deleted"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Manager.GetAsync("/elsa/api/workflow-definitions/by-definition-id/bulk-a")).StatusCode);
    }

    [Theory]
    [InlineData("/elsa/api/workflow-definitions?versionOptions=Newest", "versionOptions")]
    [InlineData("/elsa/api/workflow-definitions?PageSize=0", "pageSize")]
    [InlineData("/elsa/api/workflow-definitions?OrderBy=Colour", "orderBy")]
    public async Task Bad_query_values_get_problem_details_naming_the_parameter(string url, string field)
    {
        var response = await api.Manager.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![field]);
    }

    [Fact]
    public async Task A_save_without_a_model_changes_nothing_and_says_why()
    {
        var before = (int)(await api.Manager.GetJsonAsync("/elsa/api/workflow-definitions/query/count"))["count"]!;

        var response = await api.Manager.PostAsJsonAsync("/elsa/api/workflow-definitions", new { publish = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["model"]);
        Assert.Equal(before, (int)(await api.Manager.GetJsonAsync("/elsa/api/workflow-definitions/query/count"))["count"]!);
    }

    private static IEnumerable<string?> Rels(JsonNode node) => node["links"]!.AsArray().Select(l => (string?)l!["rel"]);
}
