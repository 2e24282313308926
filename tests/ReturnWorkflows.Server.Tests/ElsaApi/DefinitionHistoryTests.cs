using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReturnWorkflows.Server.Tests.ElsaApi;

/// <summary>Every auto-save is a revision, publishing and friends are audited, and a stale save is refused.</summary>
public sealed class DefinitionHistoryTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task Every_save_is_kept_as_a_revision_that_can_be_restored()
    {
        var first = (await api.SaveAsync("revisions-a", publish: false))["workflowDefinition"]!;
        var second = await SaveFromAsync(first, model => model["name"] = "Renamed by the second save");

        var revisions = (await api.Manager.GetJsonAsync("/api/workflow-definitions/revisions-a/revisions")).AsArray();
        Assert.Equal(2, revisions.Count);
        Assert.All(revisions, r => Assert.Equal("manager", (string?)r!["savedBy"]));
        var oldest = revisions.Last()!;

        var restore = await api.Manager.PostAsync($"/api/workflow-definitions/revisions-a/revisions/{oldest["id"]}/restore", null);

        restore.EnsureSuccessStatusCode();
        var latest = await api.Manager.GetJsonAsync("/elsa/api/workflow-definitions/by-definition-id/revisions-a");
        Assert.Equal("revisions-a", (string?)latest["name"]);
        Assert.Equal(1, (int)latest["version"]!); // the draft itself, restored in place
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var audit = (await api.Manager.GetJsonAsync("/api/workflow-definitions/revisions-a/audit")).AsArray();
        Assert.Equal("RevisionRestored", (string?)audit[0]!["action"]);
    }

    [Fact]
    public async Task A_save_over_a_colleagues_later_save_is_refused_and_changes_nothing()
    {
        var loadedByBoth = (await api.SaveAsync("conflict-a", publish: false))["workflowDefinition"]!;
        var colleague = await SaveFromAsync(loadedByBoth, model => model["name"] = "The colleague's name", api.Automation);
        Assert.Equal(HttpStatusCode.OK, colleague.StatusCode);

        var mine = await SaveFromAsync(loadedByBoth, model => model["name"] = "My stale name");

        Assert.Equal(HttpStatusCode.Conflict, mine.StatusCode);
        var problem = (await mine.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotNull(problem["errors"]!["model"]);
        Assert.Contains("apikey:Configured administrator key changed version 1", (string?)problem["detail"]);
        Assert.Equal("The colleague's name", (string?)(await api.Manager.GetJsonAsync("/elsa/api/workflow-definitions/by-definition-id/conflict-a"))["name"]);

        // Saving from what the colleague's save returned goes through.
        var fresh = (await colleague.Content.ReadFromJsonAsync<JsonObject>())!["workflowDefinition"]!;
        Assert.Equal(HttpStatusCode.OK, (await SaveFromAsync(fresh, model => model["name"] = "After reloading")).StatusCode);
    }

    [Fact]
    public async Task One_persons_own_overlapping_saves_are_not_a_conflict()
    {
        var loaded = (await api.SaveAsync("own-saves-a", publish: false))["workflowDefinition"]!;
        var first = await SaveFromAsync(loaded, model => model["name"] = "Auto-save");
        var second = await SaveFromAsync(loaded, model => model["name"] = "Explicit save sent before the auto-save's answer came");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Publish_retract_and_delete_are_audited_with_who_and_which_version()
    {
        await api.SaveAsync("audit-a", publish: true);
        await api.Manager.PostAsync("/elsa/api/workflow-definitions/audit-a/retract", JsonContent.Create(new { }));
        await api.Automation.DeleteAsync("/elsa/api/workflow-definitions/audit-a");

        var audit = (await api.Manager.GetJsonAsync("/api/workflow-definitions/audit-a/audit")).AsArray()
            .Select(e => ((string?)e!["action"], (string?)e["actor"], (int?)e["version"])).Reverse().ToList();

        Assert.Equal([("Published", "manager", 1), ("Retracted", "manager", 1), ("Deleted", "apikey:Configured administrator key", null)], audit);
    }

    [Fact]
    public async Task The_versions_endpoint_shows_which_versions_real_cases_still_run_on()
    {
        await api.SaveAsync("in-use-a", publish: true, waits: true);
        await api.Automation.PostAsync("/elsa/api/workflow-definitions/in-use-a/execute", JsonContent.Create(new { }));
        await api.Manager.PostAsync("/elsa/api/workflow-definitions/in-use-a/execute", JsonContent.Create(new { versionOptions = "Latest" })); // a test run: not counted
        await api.SaveAsync("in-use-a", publish: true); // version 2

        var versions = (await api.Manager.GetJsonAsync("/api/workflow-definitions/in-use-a/versions")).AsArray()
            .Select(v => ((int)v!["version"]!, (bool)v["isPublished"]!, (int)v["runningInstances"]!)).ToList();

        Assert.Equal([(2, true, 0), (1, false, 1)], versions);
    }

    /// <summary>What the Studio does: send back the model it holds, with one change.</summary>
    [Fact]
    public async Task A_save_marked_as_the_persons_own_is_kept_as_such_and_an_auto_save_is_not()
    {
        var first = (await api.SaveAsync("explicit-save-a", publish: false))["workflowDefinition"]!;
        var model = first.DeepClone().AsObject();
        model.Remove("links");
        model["name"] = "Saved on purpose";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/elsa/api/workflow-definitions")
        {
            Content = JsonContent.Create(new JsonObject { ["model"] = model, ["publish"] = false }),
        };
        request.Headers.Add("X-ReturnWorkflows-Save", "explicit");
        (await api.Manager.SendAsync(request)).EnsureSuccessStatusCode();

        var revisions = (await api.Manager.GetJsonAsync("/api/workflow-definitions/explicit-save-a/revisions")).AsArray();
        Assert.Equal([true, false], revisions.Select(r => (bool)r!["isExplicitSave"]!)); // newest first
    }

    private async Task<HttpResponseMessage> SaveFromAsync(JsonNode loaded, Action<JsonObject> change, HttpClient? client = null)
    {
        var model = loaded.DeepClone().AsObject();
        model.Remove("links");
        change(model);
        return await (client ?? api.Manager).PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = model, ["publish"] = false });
    }
}
