using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Queries;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Benchmarks;

/// <summary>
/// "My office's open tasks, due first, 50 a page" on PostgreSQL with many open tasks across 20 offices: the real
/// query (the TaskInbox query through MediatR and EF Core), its latency over many runs, and PostgreSQL's plan for the
/// very SQL EF Core sent (captured by an interceptor and run again under EXPLAIN ANALYZE).
/// </summary>
internal static class InboxQuery
{
    private const int Offices = 20;

    public static async Task RunAsync(int tasks)
    {
        var captured = new CapturedCommand();
        // The provider's own context type: EF builds that type's options, so the interceptor goes there.
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql,
            configure: services => services.ConfigureDbContext<PostgreSqlReturnWorkflowsDbContext>(options => options.AddInterceptors(captured)));
        await database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.CounsellingDecision), Publish: true));
        var instance = await database.SendAsync(new StartWorkflow("counselling-decision"));

        var clock = Stopwatch.StartNew();
        // The engine made one real task; the rest are copies of it spread over offices, due dates and priorities.
        await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Database.ExecuteSqlAsync($$"""
            INSERT INTO human_tasks (id, workflow_instance_id, bookmark_id, activity_id, activity_instance_id, title, form_key,
                candidate_role, candidate_office, status, priority, due_at, outcomes, created_at, updated_at, version)
            SELECT 'bench-' || n, t.workflow_instance_id, t.bookmark_id, t.activity_id, 'bench-ai-' || n, t.title, t.form_key,
                'Counsellor', 'OFF-' || lpad((n % {{Offices}})::text, 2, '0'), 'Open', n % 3,
                now() AT TIME ZONE 'UTC' + (n % 5000) * interval '17 minutes', t.outcomes, t.created_at, t.updated_at, 0
            FROM generate_series(1, {{tasks - 1}}) AS n, human_tasks t WHERE t.workflow_instance_id = {{instance.InstanceId}};
            """));
        await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Database.ExecuteSqlRawAsync("ANALYZE human_tasks"));
        Console.WriteLine($"{tasks} open tasks in {Offices} offices written in {clock.Elapsed.TotalSeconds:F1} s");

        var actor = new TaskActor("bench.counsellor", ["Counsellor"], "OFF-07");
        for (var i = 0; i < 20; i++) await database.SendAsync(new TaskInbox(actor, InboxView.OfficeOpen)); // warm-up
        var pages = Math.Clamp(tasks / Offices / 50, 1, 10); // full pages only
        var timings = new List<double>();
        for (var i = 0; i < 500; i++)
        {
            var page = i % pages;
            var watch = Stopwatch.StartNew();
            var result = await database.SendAsync(new TaskInbox(actor, InboxView.OfficeOpen, Page: page, PageSize: 50));
            timings.Add(watch.Elapsed.TotalMilliseconds);
            if (result.Items.Count != 50) throw new InvalidOperationException($"Page {page} had {result.Items.Count} tasks.");
        }
        Console.WriteLine($"office queue, due first, 50 a page (pages 0-{pages - 1}, {tasks / Offices} open tasks in the office; includes the scope, MediatR and EF Core): {Percentiles.Summary(timings, "ms")}");

        await database.SendAsync(new TaskInbox(actor, InboxView.OfficeOpen, Page: 0, PageSize: 50));
        Console.WriteLine("PostgreSQL's plan for that query (page 0):");
        await using var connection = new NpgsqlConnection(database.Options.ConnectionString);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + captured.Text, connection);
        foreach (var parameter in captured.Parameters) explain.Parameters.Add(parameter);
        await using var reader = await explain.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        foreach (var line in plan) Console.WriteLine("  " + line);
        Console.WriteLine(plan.Any(l => l.Contains("ix_human_tasks_office_queue")) ? "the plan uses ix_human_tasks_office_queue" : "THE PLAN DOES NOT USE ix_human_tasks_office_queue");
    }

    /// <summary>Keeps the last inbox query's SQL and parameters.</summary>
    private sealed class CapturedCommand : DbCommandInterceptor
    {
        public string Text { get; private set; } = "";
        public List<NpgsqlParameter> Parameters { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("FROM human_tasks", StringComparison.Ordinal))
            {
                Text = command.CommandText;
                Parameters.Clear();
                Parameters.AddRange(command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()));
            }
            return ValueTask.FromResult(result);
        }
    }
}
