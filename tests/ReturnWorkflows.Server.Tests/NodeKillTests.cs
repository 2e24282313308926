using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Infrastructure.Scheduling;
using ReturnWorkflows.Testing;
using Xunit.Abstractions;

namespace ReturnWorkflows.Server.Tests;

/// <summary>
/// Two server processes on one PostgreSQL database while eight counsellors complete tasks through the HTTP API and
/// timers fall due between the tasks; one process is killed with SIGKILL mid-load and started again. A client whose
/// request got no answer sends it again, with the same Idempotency-Key, to the other node. Afterwards every
/// completion was applied exactly once, every timer fired once, nothing is half-written, and every retry got the
/// first answer (2xx), never "already completed". About a minute and a half.
/// </summary>
public sealed partial class NodeKillTests(ITestOutputHelper output)
{
    private const string ApiKey = "node-kill-tests-administrator-key-0123456789";
    private const string Password = "Kill-Test-Password-2026";
    private const int Clients = 8;
    private const int InstancesPerClient = 8;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["ReturnWorkflows__ApiKey"] = ApiKey,
        ["ReturnWorkflows__Scheduling__RecoveryInterval"] = "00:00:05",
        ["ReturnWorkflows__Scheduling__RecoveryGrace"] = "00:00:05",
        ["ReturnWorkflows__Scheduling__LockTimeout"] = "00:00:10",
    };

    // Task, a 2 s timer, task, end: every first completion's resumption schedules a timer that a node then fires.
    private const string TwoSteps = """
        {"definitionId":"two-steps","name":"Two steps",
         "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
           {"id":"start","type":"Elsa.Start"},
           {"id":"first","type":"ReturnWorkflows.UserTask",
            "title":{"typeName":"String","expression":{"type":"Literal","value":"First step"}},
            "candidateRole":{"typeName":"String","expression":{"type":"Literal","value":"Counsellor"}},
            "candidateOffice":{"typeName":"String","expression":{"type":"Literal","value":"BA-SJJ"}},
            "assignee":{"typeName":"String","expression":{"type":"JavaScript","value":"getInput('Assignee')"}}},
           {"id":"pause","type":"Elsa.Delay","timeSpan":{"typeName":"TimeSpan","expression":{"type":"Literal","value":"00:00:02"}}},
           {"id":"second","type":"ReturnWorkflows.UserTask",
            "title":{"typeName":"String","expression":{"type":"Literal","value":"Second step"}},
            "candidateRole":{"typeName":"String","expression":{"type":"Literal","value":"Counsellor"}},
            "candidateOffice":{"typeName":"String","expression":{"type":"Literal","value":"BA-SJJ"}},
            "assignee":{"typeName":"String","expression":{"type":"JavaScript","value":"getInput('Assignee')"}}},
           {"id":"end","type":"Elsa.End"}],
          "connections":[
           {"source":{"activity":"start","port":"Done"},"target":{"activity":"first","port":"In"}},
           {"source":{"activity":"first","port":"Done"},"target":{"activity":"pause","port":"In"}},
           {"source":{"activity":"pause","port":"Done"},"target":{"activity":"second","port":"In"}},
           {"source":{"activity":"second","port":"Done"},"target":{"activity":"end","port":"In"}}]}}
        """;

    [Fact]
    public async Task Completions_and_timers_apply_exactly_once_while_a_node_is_killed_and_restarted_and_retries_get_the_first_answer()
    {
        var options = new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = await PostgresServer.Shared.CreateDatabaseAsync("rw_node_kill") };
        var clock = Stopwatch.StartNew();
        var nodes = new[] { ServerNode.Start("node-a", options.ConnectionString, Settings), ServerNode.Start("node-b", options.ConnectionString, Settings) };
        ServerNode? restarted = null;
        try
        {
            await Task.WhenAll(nodes.Select(n => n.WaitHealthyAsync()));
            var users = Enumerable.Range(1, Clients).Select(i => $"kill.counsellor.{i}").ToList();
            var tokens = new List<string>();
            foreach (var user in users)
                tokens.Add(await TokenForAsync(nodes[0].Url, user));

            await using var database = await TestDatabase.OpenAsync(options,
                services => services.AddReturnWorkflowsScheduling(options, new SchedulerSettings { Enabled = false }));
            await database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(TwoSteps), Publish: true));
            foreach (var user in users)
                for (var i = 0; i < InstancesPerClient; i++)
                    await database.SendAsync(new StartWorkflow("two-steps", Input: new JsonObject { ["Assignee"] = user }));
            const int expected = Clients * InstancesPerClient * 2;
            output.WriteLine($"nodes up, {Clients * InstancesPerClient} instances started after {clock.Elapsed.TotalSeconds:F1} s");

            // Each client's node is looked up at every request, so that a restarted node takes its share again.
            var urls = nodes.Select(n => n.Url).ToArray();
            var attempts = new ConcurrentBag<Attempt>();
            using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var clients = tokens.Select((token, i) => RunClientAsync(i, token, urls, attempts, expected / Clients, stop.Token)).ToList();

            while (await CompletedAsync(database) < expected / 3 && clock.Elapsed < TimeSpan.FromMinutes(2))
                await Task.Delay(100);
            var killedPid = nodes[0].Process.Id;
            nodes[0].Kill();
            output.WriteLine($"node-a (pid {killedPid}) killed after {clock.Elapsed.TotalSeconds:F1} s, {await CompletedAsync(database)} of {expected} completions applied");
            await Task.Delay(TimeSpan.FromSeconds(5));
            restarted = ServerNode.Start("node-a again", options.ConnectionString, Settings);
            await restarted.WaitHealthyAsync();
            urls[0] = restarted.Url;
            output.WriteLine($"node-a restarted after {clock.Elapsed.TotalSeconds:F1} s");

            await Task.WhenAll(clients);
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(40);
            while (await FinishedAsync(database) < Clients * InstancesPerClient && DateTime.UtcNow < deadline)
                await Task.Delay(250);
            output.WriteLine($"settled after {clock.Elapsed.TotalSeconds:F1} s");

            var tasks = await InDatabaseAsync(database, db => db.HumanTasks.AsNoTracking().ToListAsync());
            var resumed = await InDatabaseAsync(database, db => db.JournalEntries.Where(j => j.EventName == "Resumed")
                .GroupBy(j => new { j.WorkflowInstanceId, j.ActivityId }).Select(g => g.Count()).ToListAsync());
            var answers = attempts.GroupBy(a => a.TaskId).ToList();
            var retried = answers.Where(g => g.Count() > 1).ToList();
            output.WriteLine($"tasks {tasks.Count}, completed {tasks.Count(t => t.Status == HumanTaskStatus.Completed)}; " +
                             $"resumptions {resumed.Sum()}, twice {resumed.Count(n => n > 1)}; requests {attempts.Count}, " +
                             $"tasks retried {retried.Count}, of which answered 2xx in the end {retried.Count(g => g.Any(a => a.Status is >= 200 and < 300))}; " +
                             $"failures: {string.Join("; ", attempts.Where(a => a.Status is not (>= 200 and < 300) and not 0).Select(a => $"{a.Status} {a.Body}").Distinct().Take(5))}");

            Assert.Equal(Clients * InstancesPerClient, await FinishedAsync(database));
            Assert.Equal((expected, expected), (tasks.Count, tasks.Count(t => t.Status == HumanTaskStatus.Completed)));
            Assert.All(tasks, t => Assert.Equal(t.Assignee, t.CompletedBy));
            Assert.DoesNotContain(resumed, n => n > 1); // every task and every timer resumed its activity once
            Assert.Equal(Clients * InstancesPerClient * 3, resumed.Sum()); // two tasks and one timer per instance
            Assert.Equal((0, 0), (await InDatabaseAsync(database, db => db.Bookmarks.CountAsync()), await InDatabaseAsync(database, db => db.TimerWakeups.CountAsync())));
            // Every task's completion ended in a 2xx: a request with no answer, sent again with its key, got the first answer.
            Assert.All(answers, g => Assert.Contains(g, a => a.Status is >= 200 and < 300));
            Assert.DoesNotContain(attempts, a => a.Status is >= 400);
        }
        catch
        {
            foreach (var node in nodes.Append(restarted).OfType<ServerNode>())
                output.WriteLine($"{node.Name}:\n{node.Output}");
            throw;
        }
        finally
        {
            foreach (var node in nodes.Append(restarted).OfType<ServerNode>()) node.Dispose();
        }
    }

    /// <summary>One answer to a completion request; status 0: no answer (the connection broke or timed out).</summary>
    private sealed record Attempt(string TaskId, int Status, string Body);

    /// <summary>
    /// A counsellor completing the tasks assigned to them until <paramref name="total"/> are done. No answer: the
    /// same request, same key, to the other node, until one answers.
    /// </summary>
    private static async Task RunClientAsync(int client, string token, string[] urls, ConcurrentBag<Attempt> attempts, int total, CancellationToken stop)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var node = client % 2;
        var done = 0;
        while (done < total && !stop.IsCancellationRequested)
        {
            string? taskId;
            try
            {
                var mine = await http.GetFromJsonAsync<JsonObject>($"{urls[node]}/api/tasks?view=mine", stop);
                taskId = mine!["items"]!.AsArray().Select(t => (string?)t!["id"]).FirstOrDefault();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !stop.IsCancellationRequested)
            {
                node = 1 - node;
                await Task.Delay(200, stop);
                continue;
            }
            if (taskId is null)
            {
                await Task.Delay(300, stop); // the next task waits behind its 2 s timer
                continue;
            }
            var key = $"complete-{taskId}";
            while (!stop.IsCancellationRequested)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"{urls[node]}/api/tasks/{taskId}/complete")
                {
                    Content = JsonContent.Create(new { outcome = "Done" }),
                };
                request.Headers.Add("Idempotency-Key", key);
                try
                {
                    using var response = await http.SendAsync(request, stop);
                    attempts.Add(new Attempt(taskId, (int)response.StatusCode, await response.Content.ReadAsStringAsync(stop)));
                    if ((int)response.StatusCode >= 500) { node = 1 - node; continue; } // a node going down mid-request
                    break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !stop.IsCancellationRequested)
                {
                    attempts.Add(new Attempt(taskId, 0, e.GetType().Name));
                    node = 1 - node;
                    await Task.Delay(200, stop);
                }
            }
            done++;
        }
    }

    /// <summary>A counsellor made with the administrator key, signed in through the form, with a bearer token.</summary>
    private static async Task<string> TokenForAsync(string url, string userName)
    {
        using var admin = new HttpClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", ApiKey);
        (await admin.PostAsJsonAsync($"{url}/api/users", new
        {
            userName, displayName = userName, email = (string?)null, office = "BA-SJJ", roles = new[] { "Counsellor" }, password = Password,
        })).EnsureSuccessStatusCode();

        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
        var form = await browser.GetStringAsync($"{url}/account/sign-in");
        var antiForgery = WebUtility.HtmlDecode(AntiForgeryField().Match(form).Groups[1].Value);
        var signedIn = await browser.PostAsync($"{url}/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = Password, ["__RequestVerificationToken"] = antiForgery, ["ReturnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return JsonNode.Parse(await browser.GetStringAsync($"{url}/account/access-token"))!["accessToken"]!.GetValue<string>();
    }

    private static Task<int> CompletedAsync(TestDatabase database) =>
        InDatabaseAsync(database, db => db.HumanTasks.CountAsync(t => t.Status == HumanTaskStatus.Completed));

    private static Task<int> FinishedAsync(TestDatabase database) =>
        InDatabaseAsync(database, db => db.WorkflowInstances.CountAsync(i => i.DefinitionId == "two-steps" && i.SubStatus == WorkflowSubStatus.Finished));

    private static Task<T> InDatabaseAsync<T>(TestDatabase database, Func<ReturnWorkflowsDbContext, Task<T>> read) =>
        database.InScopeAsync(scope => read(scope.GetRequiredService<ReturnWorkflowsDbContext>()));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryField();
}
