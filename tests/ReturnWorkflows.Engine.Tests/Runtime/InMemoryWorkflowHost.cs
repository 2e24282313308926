using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Expressions;
using ReturnWorkflows.Engine.Expressions.JavaScript;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Runtime.State;

namespace ReturnWorkflows.Engine.Tests.Runtime;

/// <summary>
/// Runs a workflow through the real engine with the rows kept in lists instead of a database, and a clock the test
/// moves: the engine-level tier of the runtime tests.
/// </summary>
public sealed class InMemoryWorkflowHost
{
    private readonly WorkflowRunner _runner;
    private readonly WorkflowGraph _graph;
    private DateTimeOffset _now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public InMemoryWorkflowHost(string definitionJson, JoinAlgorithm algorithm = JoinAlgorithm.CounterBased, ActivityRegistry? registry = null,
        RuntimeOptions? options = null)
    {
        var model = WorkflowDefinitionJson.Parse(definitionJson);
        _graph = new WorkflowGraph(model, "v1", registry ?? ActivityRegistry.BuiltIn);
        _runner = new WorkflowRunner(new ExpressionEvaluator(new JavaScriptEvaluator(new JavaScriptOptions())), new Clock(this), NullLogger<WorkflowRunner>.Instance, options);
        State = new InstanceState { JoinAlgorithm = algorithm };
        Instance = new WorkflowInstance { Id = "inst", DefinitionId = model.DefinitionId ?? "def", DefinitionVersionId = "v1", DefinitionVersion = 1 };
    }

    public WorkflowInstance Instance { get; }
    public InstanceState State { get; }
    public List<Bookmark> Bookmarks { get; } = [];
    public List<JournalEntry> Journal { get; } = [];
    public List<Incident> Incidents { get; } = [];
    public Dictionary<string, ActivityExecutionRecord> Executions { get; } = new();

    /// <summary>Activity ids in the order they completed.</summary>
    public IEnumerable<string> Completed => Journal.Where(j => j.EventName == "Completed").Select(j => j.ActivityId);

    public IEnumerable<string> Events(string eventName) => Journal.Where(j => j.EventName == eventName).Select(j => j.ActivityId);

    public InMemoryWorkflowHost Start(JsonObject? input = null, string? trigger = null)
    {
        Apply(_runner.Start(_graph, Instance, State, new StartStimulus(trigger, input)));
        return this;
    }

    public InMemoryWorkflowHost RaiseEvent(string eventName, JsonObject? payload = null)
    {
        var hash = BookmarkHash.Compute("Elsa.Event", new JsonObject { ["eventName"] = eventName });
        var bookmark = Bookmarks.FirstOrDefault(b => b.Hash == hash)
                       ?? throw new InvalidOperationException($"Nothing waits for '{eventName}'.");
        return Resume(bookmark, new JsonObject { [Activities.Events.Event.PayloadInputKey] = payload ?? [] });
    }

    /// <summary>Moves the clock and resumes every timer that has come due, earliest first.</summary>
    public InMemoryWorkflowHost Advance(TimeSpan by)
    {
        _now += by;
        while (Bookmarks.Where(b => b.DueAt <= _now.UtcDateTime).OrderBy(b => b.DueAt).FirstOrDefault() is { } due)
            Resume(due, null);
        return this;
    }

    public InMemoryWorkflowHost Retry(string activityInstanceId)
    {
        Apply(_runner.Retry(_graph, Instance, State, Bookmarks.ToList(), new RetryStimulus(activityInstanceId)));
        return this;
    }

    public InMemoryWorkflowHost Resume(Bookmark bookmark, JsonObject? input)
    {
        Apply(_runner.Resume(_graph, Instance, State, Bookmarks.ToList(), new ResumeStimulus(bookmark, input)));
        return this;
    }

    private void Apply(BurstResult result)
    {
        Bookmarks.RemoveAll(b => result.BurnedBookmarkIds.Contains(b.Id));
        Bookmarks.AddRange(result.CreatedBookmarks);
        Journal.AddRange(result.Journal);
        Incidents.AddRange(result.Incidents);
        foreach (var (id, record) in result.ActivityExecutions) Executions[id] = record;
    }

    /// <summary>How far the clock moves each time the engine reads it (zero: time stands still unless a test advances it).</summary>
    public TimeSpan TickPerReading { get; set; }

    private sealed class Clock(InMemoryWorkflowHost host) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => host._now += host.TickPerReading;
    }
}

/// <summary>Compact flowchart JSON for tests: activities as JSON objects, edges as "a>b" or "a>b:Port".</summary>
public static class Flowcharts
{
    public static string Definition(string activities, string edges, string variables = "[]", string options = "{}") =>
        """{"definitionId":"test","name":"Test","variables":VARIABLES,"options":OPTIONS,"root":{"id":"flow","type":"Elsa.Flowchart","activities":[ACTIVITIES],"connections":[CONNECTIONS]}}"""
            .Replace("VARIABLES", variables).Replace("OPTIONS", options).Replace("ACTIVITIES", activities)
            .Replace("CONNECTIONS", string.Join(",", edges.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Edge)));

    public static string Start(string id = "start") => $$$$"""{"id":"{{{{id}}}}","type":"Elsa.Start"}""";
    public static string End(string id = "end") => $$$$"""{"id":"{{{{id}}}}","type":"Elsa.End"}""";
    public static string Write(string id, string text = "x") => $$$$"""{"id":"{{{{id}}}}","type":"Elsa.WriteLine","text":{"typeName":"String","expression":{"type":"Literal","value":"{{{{text}}}}"}}}""";
    public static string Script(string id, string script) =>
        """{"id":"ID","type":"Elsa.WriteLine","text":{"typeName":"String","expression":{"type":"JavaScript","value":SCRIPT}}}"""
            .Replace("ID", id).Replace("SCRIPT", System.Text.Json.JsonSerializer.Serialize(script));
    public static string Event(string id, string name) => $$$$"""{"id":"{{{{id}}}}","type":"Elsa.Event","eventName":{"typeName":"String","expression":{"type":"Literal","value":"{{{{name}}}}"}}}""";
    public static string Decision(string id, string javaScript) =>
        """{"id":"ID","type":"Elsa.FlowDecision","condition":{"typeName":"Boolean","expression":{"type":"JavaScript","value":SCRIPT}}}"""
            .Replace("ID", id).Replace("SCRIPT", System.Text.Json.JsonSerializer.Serialize(javaScript));
    public static string Fork(string id, params string[] branches) =>
        """{"id":"ID","type":"Elsa.FlowFork","branches":{"typeName":"String[]","expression":{"type":"Object","value":BRANCHES}}}"""
            .Replace("ID", id).Replace("BRANCHES", System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonSerializer.Serialize(branches)));
    public static string Join(string id, string mode) => $$$$"""{"id":"{{{{id}}}}","type":"Elsa.FlowJoin","mode":{"typeName":"String","expression":{"type":"Literal","value":"{{{{mode}}}}"}}}""";
    public static string Delay(string id, string span) => $$$$"""{"id":"{{{{id}}}}","type":"Elsa.Delay","timeSpan":{"typeName":"TimeSpan","expression":{"type":"Literal","value":"{{{{span}}}}"}}}""";

    private static string Edge(string edge)
    {
        var parts = edge.Split('>', ':');
        var port = parts.Length > 2 ? parts[2] : "Done";
        return $$$$"""{"source":{"activity":"{{{{parts[0]}}}}","port":"{{{{port}}}}"},"target":{"activity":"{{{{parts[1]}}}}","port":"In"}}""";
    }
}
