using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Infrastructure.Identity;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Benchmarks;

/// <summary>
/// Counsellors completing tasks, on PostgreSQL, through the real HTTP API over loopback: 1, 4 and 8 clients, each a
/// user of its own office with its own bearer token, each looping "take the first task of my office's queue, claim
/// it, complete it"; every completion resumes a workflow that loops between two user tasks, so it writes the next
/// task in the same commit. Reported per client count: completions per second, latency of claim + complete, errors.
/// In the same run the floor, <see cref="RawCompletionLoop"/>: the same rows written by hand-written SQL on raw
/// Npgsql, so the README can give our cost as a ratio. The statements EF Core sends per completion, and the time spent
/// in them, are counted to show where the time goes.
/// </summary>
internal static class TaskCompletions
{
    private const string LoopDefinition = """
        {"definitionId":"completion-loop","name":"Completion loop",
         "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
           {"id":"start","type":"Elsa.Start"},
           {"id":"first","type":"ReturnWorkflows.UserTask",
            "title":{"typeName":"String","expression":{"type":"Literal","value":"First step"}},
            "candidateRole":{"typeName":"String","expression":{"type":"Literal","value":"Counsellor"}},
            "candidateOffice":{"typeName":"String","expression":{"type":"JavaScript","value":"getInput('Office')"}},
            "outcomes":{"typeName":"String[]","expression":{"type":"Object","value":"[\"Done\"]"}}},
           {"id":"second","type":"ReturnWorkflows.UserTask",
            "title":{"typeName":"String","expression":{"type":"Literal","value":"Second step"}},
            "candidateRole":{"typeName":"String","expression":{"type":"Literal","value":"Counsellor"}},
            "candidateOffice":{"typeName":"String","expression":{"type":"JavaScript","value":"getInput('Office')"}},
            "outcomes":{"typeName":"String[]","expression":{"type":"Object","value":"[\"Done\"]"}}}],
          "connections":[
           {"source":{"activity":"start","port":"Done"},"target":{"activity":"first","port":"In"}},
           {"source":{"activity":"first","port":"Done"},"target":{"activity":"second","port":"In"}},
           {"source":{"activity":"second","port":"Done"},"target":{"activity":"first","port":"In"}}]}}
        """;

    public static async Task RunAsync(int seconds)
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("rw_bench_completions");
        var sql = new SqlCommandCounter();
        var port = Loopback.FreePort();
        await using var server = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("ReturnWorkflows:Database:Provider", "PostgreSql");
            host.UseSetting("ReturnWorkflows:Database:ConnectionString", connectionString);
            host.UseSetting("ReturnWorkflows:Identity:DemoUsers", "false");
            host.UseSetting(TestDocumentKey.Variable, TestDocumentKey.Base64); // production's settings need a document key
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            host.UseContentRoot(Path.Combine(RepositoryPaths.Root, "src", "ReturnWorkflows.Server"));
            host.ConfigureServices(services => services.ConfigureDbContext<PostgreSqlReturnWorkflowsDbContext>(options => options.AddInterceptors(sql)));
        });
        server.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        server.StartServer();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");

        await using (var scope = server.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(
                new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(LoopDefinition), Publish: true));
        var tokens = await CounsellorTokensAsync(server.Services, 8);

        Console.WriteLine($"PostgreSQL, one server in this process, HTTP over loopback, {seconds} s per round; a completion = claim + complete (the queue read is counted in the rate, not the latency)");
        // A new process spends its first half minute JIT-compiling hot code again at full optimisation (tiered
        // compilation) and compiling EF Core's queries: measured, that is a quarter of the CPU. Warm up first.
        await StartInstancesAsync(server.Services, 8);
        var warmUp = await RunRoundAsync(baseAddress, tokens, TimeSpan.FromSeconds(Math.Max(seconds, 30)));
        Console.WriteLine($"  warm-up, 8 clients: {warmUp.Completions} completions, not counted");
        var results = new List<(int Clients, double Rate)>();
        foreach (var clients in new[] { 1, 4, 8 })
        {
            await StartInstancesAsync(server.Services, clients);
            sql.Reset();
            var round = await RunRoundAsync(baseAddress, tokens.Take(clients).ToList(), TimeSpan.FromSeconds(seconds));
            var perCompletion = round.Completions == 0 ? 0 : (double)sql.Commands / round.Completions;
            var sqlMs = round.Completions == 0 ? 0 : sql.Elapsed.TotalMilliseconds / round.Completions;
            Console.WriteLine($"  {clients} client(s): {round.Completions / round.Elapsed.TotalSeconds:F0} completions/s, " +
                $"{Percentiles.Summary(round.Latencies, "ms")}, errors {round.Errors}; " +
                $"{perCompletion:F1} SQL commands and {sqlMs:F2} ms inside them per completion (queue read included)");
            results.Add((clients, round.Completions / round.Elapsed.TotalSeconds));
        }

        await TraceOneCompletionAsync(baseAddress, tokens[0], sql);

        var shape = await CompletionShape.MeasureAsync(connectionString);
        Console.WriteLine($"rows per completion: {shape}");
        Console.WriteLine("floor: raw Npgsql, the same rows per completion (lock, claim, idempotency key, bookmark, task, activity and journal rows, next task and bookmark, instance state), no HTTP, no EF Core, no engine");
        await RawCompletionLoop.RunAsync(connectionString, shape, 8, TimeSpan.FromSeconds(10)); // its warm-up
        foreach (var (clients, rate) in results)
        {
            var raw = await RawCompletionLoop.RunAsync(connectionString, shape, clients, TimeSpan.FromSeconds(seconds));
            Console.WriteLine($"  {clients} client(s): {raw.Rate:F0} completions/s, {Percentiles.Summary(raw.Latencies, "ms")}; ours/raw = {rate / raw.Rate:P0}");
        }
    }

    /// <summary>Users of offices BENCH-1..n with the Counsellor role, and a bearer token each (as the designer gets one).</summary>
    private static async Task<List<string>> CounsellorTokensAsync(IServiceProvider services, int count)
    {
        var tokens = new List<string>();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        var issuer = scope.ServiceProvider.GetRequiredService<AccessTokens>();
        for (var i = 1; i <= count; i++)
        {
            var user = new ApplicationUser { UserName = $"bench.counsellor.{i}", DisplayName = $"Bench {i}", Office = Office(i) };
            Require(await users.CreateAsync(user, "Bench-Password-2026"));
            Require(await users.AddToRoleAsync(user, Roles.Counsellor));
            tokens.Add(issuer.Issue(await signIn.CreateUserPrincipalAsync(user)).Token);
        }
        return tokens;
    }

    private static string Office(int client) => $"BENCH-{client}";

    /// <summary>One looping instance per office that lacks one: each client always has exactly one open task.</summary>
    private static async Task StartInstancesAsync(IServiceProvider services, int clients)
    {
        for (var i = 1; i <= clients; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var database = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
            if (await database.HumanTasks.AnyAsync(t => t.CandidateOffice == Office(i) && t.Status == Engine.Tasks.HumanTaskStatus.Open)) continue;
            await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(
                new StartWorkflow("completion-loop", Input: new JsonObject { ["Office"] = Office(i) }));
        }
    }

    private sealed record Round(int Completions, int Errors, TimeSpan Elapsed, List<double> Latencies);

    private static async Task<Round> RunRoundAsync(Uri baseAddress, List<string> tokens, TimeSpan length, bool once = false)
    {
        var latencies = new ConcurrentBag<double>();
        var completions = 0;
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(tokens.Select(async token =>
        {
            using var client = new HttpClient { BaseAddress = baseAddress };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            do
            {
                var queue = await client.GetFromJsonAsync<JsonObject>("/api/tasks?view=office&pageSize=1");
                var taskId = (string?)queue?["items"]?.AsArray().FirstOrDefault()?["id"];
                if (taskId is null) { Interlocked.Increment(ref errors); continue; }
                var watch = Stopwatch.StartNew();
                using var claimed = await client.PostAsync($"/api/tasks/{taskId}/claim", null);
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{taskId}/complete") { Content = JsonContent.Create(new { outcome = "Done" }) };
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
                using var completed = await client.SendAsync(request);
                if (claimed.IsSuccessStatusCode && completed.IsSuccessStatusCode)
                {
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                    Interlocked.Increment(ref completions);
                }
                else Interlocked.Increment(ref errors);
            }
            while (!once && clock.Elapsed < length);
        }));
        return new Round(completions, errors, clock.Elapsed, latencies.ToList());
    }

    /// <summary>Prints the statements EF Core sends for one queue read, claim and completion: where the round trips go.</summary>
    private static async Task TraceOneCompletionAsync(Uri baseAddress, string token, SqlCommandCounter sql)
    {
        sql.Trace = [];
        var round = await RunRoundAsync(baseAddress, [token], TimeSpan.Zero, once: true);
        var trace = sql.Trace;
        sql.Trace = null;
        Console.WriteLine($"one queue read + claim + completion ({round.Completions} done): {trace.Count} commands, {trace.Sum(t => t.Milliseconds):F1} ms inside them");
        foreach (var (text, ms) in trace)
            Console.WriteLine($"  {ms,6:F2} ms  {Squeeze(text)}");
    }

    private static string Squeeze(string sql)
    {
        var oneLine = string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 150 ? oneLine : oneLine[..150] + "...";
    }

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
