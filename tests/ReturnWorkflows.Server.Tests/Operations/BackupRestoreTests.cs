using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReturnWorkflows.Server.Tests.ElsaApi;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.Operations;

/// <summary>
/// The README's backup and restore, done as an operator would: <c>pg_dump</c> of a working server's database,
/// <c>pg_restore</c> into a fresh one, a server started on the copy. What was in flight must carry on there: the open
/// task, the waiting workflow, the published definition, and the sign-in a user already had (the data-protection key
/// ring lives in the same database, so a restore that lost it would sign everybody out and break every token).
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly string _dump = Path.Combine(Path.GetTempPath(), $"rw-backup-{Guid.NewGuid():N}.dump");

    [Fact]
    public async Task A_dump_restored_into_a_fresh_database_carries_on_with_the_open_task_and_the_users_sign_in()
    {
        var original = await PostgresServer.Shared.CreateDatabaseAsync("rw_backup");
        string taskId, instanceId, counsellorToken;
        await using (var server = new ServerFactory(PostgreSql(original)))
        {
            using var manager = await server.WithAccessTokenAsync("manager");
            var definition = JsonNode.Parse(Workflows.CounsellingDecisionWithForm("BA-SJJ"))!;
            (await manager.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition, ["publish"] = true })).EnsureSuccessStatusCode();
            using var automation = server.WithApiKey(ApiServer.AdministratorKey);
            var started = await automation.PostAsJsonAsync("/elsa/api/workflow-definitions/counselling-decision/execute", new { });
            started.EnsureSuccessStatusCode();
            instanceId = started.Headers.GetValues("x-elsa-workflow-instance-id").Single();

            using var counsellor = await server.WithAccessTokenAsync("counsellor");
            counsellorToken = counsellor.DefaultRequestHeaders.Authorization!.Parameter!;
            var queue = await counsellor.GetJsonAsync("/api/tasks?view=office&pageSize=200");
            taskId = (string)queue["items"]!.AsArray().Single(t => (string?)t!["workflowInstanceId"] == instanceId)!["id"]!;
            (await counsellor.PostAsync($"/api/tasks/{taskId}/claim", null)).EnsureSuccessStatusCode();
        }

        await PostgresServer.DumpAsync(original, _dump);
        var restored = await PostgresServer.Shared.RestoreAsync(_dump, "rw_restored");

        await using var copy = new ServerFactory(PostgreSql(restored));
        using var health = copy.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await health.GetAsync("/health")).StatusCode);

        // The token issued by the first server opens the copy: the key ring came with the dump.
        using var sameCounsellor = copy.NewClient();
        sameCounsellor.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", counsellorToken);
        var task = await sameCounsellor.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal(("Assigned", "counsellor"), ((string?)task["status"], (string?)task["assignee"]));

        var completed = await sameCounsellor.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new
        {
            outcome = "Approved",
            form = new { sessionDate = "2026-11-21", language = "Urdu", alternativesExplained = true, rightToWithdrawExplained = true },
        });
        completed.EnsureSuccessStatusCode();
        using var managerOnCopy = await copy.WithAccessTokenAsync("manager");
        var instance = await managerOnCopy.GetJsonAsync($"/elsa/api/workflow-instances/{instanceId}");
        Assert.Equal(("Finished", "Finished"), ((string?)instance["status"], (string?)instance["subStatus"]));
    }

    private static Dictionary<string, string?> PostgreSql(string connectionString) => new()
    {
        ["ReturnWorkflows:Database:Provider"] = "PostgreSql",
        ["ReturnWorkflows:Database:ConnectionString"] = connectionString,
        ["ReturnWorkflows:ApiKey"] = ApiServer.AdministratorKey,
    };

    public void Dispose() => File.Delete(_dump);
}
