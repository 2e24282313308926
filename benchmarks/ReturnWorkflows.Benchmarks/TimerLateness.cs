using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Benchmarks;

/// <summary>
/// Many timers due in the same minute, two real server processes (Hangfire on one PostgreSQL database). The
/// instances and their Delay bookmarks are created through the engine with a long wait; their due times are then
/// spread over one minute starting shortly after both servers are up. Measures how late each fired (the journal's
/// Resumed line records the due time and the moment it fired) and checks that every instance resumed exactly once.
/// </summary>
internal static partial class TimerLateness
{
    public static async Task RunAsync(int timers)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.WaitFromInput), Publish: true));
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, timers), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, _) =>
            await database.SendAsync(new StartWorkflow("wait-from-input", Input: new JsonObject { ["Wait"] = "1.00:00:00" })));
        Console.WriteLine($"{timers} instances waiting on a Delay created in {clock.Elapsed.TotalSeconds:F1} s");

        var servers = new[] { StartServer(database.Options.ConnectionString, "node-a"), StartServer(database.Options.ConnectionString, "node-b") };
        try
        {
            foreach (var server in servers) await server.WaitHealthyAsync();
            var start = DateTime.UtcNow.AddSeconds(5);
            await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Database.ExecuteSqlRawAsync(
                "UPDATE bookmarks SET due_at = {0} + random() * interval '60 seconds' WHERE due_at IS NOT NULL", start));
            Console.WriteLine($"due times spread over the minute from {start:HH:mm:ss} UTC; two server processes draining every second");

            clock.Restart();
            int finished;
            do
            {
                await Task.Delay(1000);
                finished = await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().WorkflowInstances
                    .CountAsync(i => i.DefinitionId == "wait-from-input" && i.SubStatus == WorkflowSubStatus.Finished));
            }
            while (finished < timers && clock.Elapsed < TimeSpan.FromMinutes(10));
            Console.WriteLine($"{finished} of {timers} finished {clock.Elapsed.TotalSeconds:F0} s after the first was due");
        }
        finally
        {
            foreach (var server in servers) server.Stop();
        }

        var fired = await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().JournalEntries.AsNoTracking()
            .Where(j => j.EventName == "Resumed" && j.ActivityType == "Elsa.Delay")
            .Select(j => new { j.WorkflowInstanceId, j.Timestamp, j.Payload }).ToListAsync());
        var lateness = fired.Select(f => (f.Timestamp - JsonNode.Parse(f.Payload!)!["DueAt"]!.GetValue<DateTime>()).TotalSeconds).ToList();
        var twice = fired.GroupBy(f => f.WorkflowInstanceId).Count(g => g.Count() > 1);
        var left = await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Bookmarks.CountAsync());
        Console.WriteLine($"resumed by process: {string.Join(", ", servers.Select(s => $"{s.Name} {s.Resumed}"))}");
        Console.WriteLine($"timers: {fired.Count} fired for {fired.Select(f => f.WorkflowInstanceId).Distinct().Count()} instances, {twice} twice, {left} bookmarks left");
        Console.WriteLine($"lateness (fired − due): {Percentiles.Summary(lateness, "s")}");
    }

    private static ServerProcess StartServer(string connectionString, string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "src", "ReturnWorkflows.Server", "bin", "Release", "net10.0");
        var port = Loopback.FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "ReturnWorkflows.Server.dll")])
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["ReturnWorkflows__Database__Provider"] = "PostgreSql",
                ["ReturnWorkflows__Database__ConnectionString"] = connectionString,
                ["ReturnWorkflows__Scheduling__DrainInterval"] = "00:00:01",
                ["ReturnWorkflows__Identity__DemoUsers"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__ReturnWorkflows.Engine.Runtime.Timers"] = "Information",
                ["Logging__Console__FormatterName"] = "simple",
            },
        };
        return new ServerProcess(name, Process.Start(start)!, $"http://127.0.0.1:{port}");
    }

    private sealed partial class ServerProcess
    {
        private int _resumed;

        public ServerProcess(string name, Process process, string url)
        {
            Name = name;
            Process = process;
            Url = url;
            process.OutputDataReceived += (_, line) =>
            {
                if (line.Data is { } text && DrainLine().Match(text) is { Success: true } match)
                    Interlocked.Add(ref _resumed, int.Parse(match.Groups[1].Value));
            };
            process.ErrorDataReceived += (_, line) => { if (line.Data is { Length: > 0 } text) Console.Error.WriteLine($"[{name}] {text}"); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string Name { get; }
        public Process Process { get; }
        public string Url { get; }
        public int Resumed => _resumed;

        public async Task WaitHealthyAsync()
        {
            using var http = new HttpClient();
            for (var attempt = 0; attempt < 120; attempt++)
            {
                try
                {
                    if ((await http.GetAsync(Url + "/health")).IsSuccessStatusCode) return;
                }
                catch (HttpRequestException) { }
                if (Process.HasExited) throw new InvalidOperationException($"{Name} exited with {Process.ExitCode}.");
                await Task.Delay(500);
            }
            throw new TimeoutException($"{Name} did not become healthy.");
        }

        public void Stop()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }

        [GeneratedRegex(@"Timer drain: (\d+) resumed")]
        private static partial Regex DrainLine();
    }
}
