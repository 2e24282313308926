using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Expressions.JavaScript;
using ReturnWorkflows.Engine.Runtime.State;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Engine.Runtime.Execution;

/// <summary>
/// What an activity sees while it runs: its evaluated inputs, the workflow's variables, and the ways to finish
/// (complete with outcomes), wait (a bookmark) or delegate (schedule a child). Also the scope designer scripts see.
/// </summary>
public sealed class ActivityExecutionContext : IScriptScope
{
    private readonly WorkflowExecution _execution;
    private readonly Dictionary<string, object?> _inputs = new(StringComparer.OrdinalIgnoreCase);

    internal ActivityExecutionContext(WorkflowExecution execution, GraphNode node, ActivityContextState state)
    {
        _execution = execution;
        Node = node;
        State = state;
    }

    public GraphNode Node { get; }
    public ActivityContextState State { get; }
    public string ActivityInstanceId => State.Id;
    public DateTime Now => _execution.Now;

    /// <summary>The office's time zone and working days, for calendar rules such as "+3 working days".</summary>
    public Calendars.OfficeCalendar CalendarFor(string? office) => _execution.Calendars.For(office);
    public JsonObject Properties => State.Properties;
    public JoinAlgorithm JoinAlgorithm => _execution.State.JoinAlgorithm;

    /// <summary>The case this instance serves, read-only, as loaded before the step; null for an instance without a case.</summary>
    public Cases.WorkflowCaseContext? Case => _execution.Case;

    /// <summary>In a designer's test run, who started it (their tasks are theirs alone); null for a real case.</summary>
    public string? TestRunBy => _execution.State.TestRunBy;

    /// <summary>The payload of the bookmark being resumed, or of the trigger that started this activity; else null.</summary>
    public JsonObject? ResumeInput { get; internal set; }

    /// <summary>The bookmark being resumed, when this run is a resumption.</summary>
    public Bookmark? ResumedBookmark { get; internal set; }

    /// <summary>This activity is the trigger that started the instance: it completes at once with the trigger's payload.</summary>
    public bool IsStartingTrigger { get; internal set; }

    internal bool IsCompleted { get; private set; }
    internal IReadOnlyList<string> Outcomes { get; private set; } = [];
    internal bool HasBookmarks { get; private set; }

    /// <summary>Text for the journal entry of this execution (WriteLine's line).</summary>
    internal string? JournalMessage { get; set; }

    // ---- inputs -------------------------------------------------------------------------------------------------

    internal void EvaluateInputs()
    {
        if (Node.Descriptor is null || Node.Activity is null) return;
        foreach (var input in Node.Descriptor.Inputs.Where(i => i.IsWrapped))
        {
            var value = _execution.Expressions.Evaluate(Node.Activity.GetProperty(input.JsonName), input.ValueType, this, _execution.CancellationToken);
            _inputs[input.Name] = value ?? Default(input);
        }
    }

    public T? GetInput<T>(string name) => _inputs.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public object? GetInput(string name) => _inputs.GetValueOrDefault(name);

    /// <summary>Evaluates an expression object such as a switch case's condition.</summary>
    public object? Evaluate(JsonNode? expression, Type type) =>
        _execution.Expressions.Evaluate(expression is null ? null : new JsonObject { ["expression"] = expression.DeepClone() }, type, this, _execution.CancellationToken);

    /// <summary>The raw JSON of a property the activity evaluates itself (an unwrapped input).</summary>
    public JsonNode? GetRawProperty(string jsonName) => Node.Activity?.GetProperty(jsonName);

    /// <summary>Evaluated inputs, by descriptor name, for the journal and execution records.</summary>
    internal IReadOnlyDictionary<string, object?> EvaluatedInputs => _inputs;

    private static object? Default(InputDescriptor input) =>
        input.DefaultValue is null ? null : Expressions.Conversion.ValueConverter.Convert(input.DefaultValue, input.ValueType);

    // ---- finishing, waiting, delegating ---------------------------------------------------------------------------

    /// <summary>Completes the activity; its flowchart follows the connections leaving through these ports (Done when none).</summary>
    public void Complete(params IReadOnlyList<string> outcomes)
    {
        IsCompleted = true;
        Outcomes = outcomes.Count == 0 ? ["Done"] : outcomes;
    }

    /// <summary>Blocks the activity until a stimulus with the same name and payload (or the due time) resumes it.</summary>
    /// <param name="timerKind">For a timer, what it is beyond its activity ("Reminder 2"), for its dashboard label.</param>
    /// <param name="office">For a timer, the office it concerns (an office code, never personal data), for its label.</param>
    public Bookmark CreateBookmark(string name, JsonObject hashedPayload, DateTime? dueAt = null, JsonObject? extraPayload = null,
        string? timerKind = null, string? office = null)
    {
        HasBookmarks = true;
        return _execution.AddBookmark(this, name, hashedPayload, dueAt, extraPayload, timerKind, office);
    }

    /// <summary>Whether the designer connected this port in the enclosing flowchart (outside one, nothing is).</summary>
    public bool IsPortConnected(string port) =>
        Node.Parent?.Flow?.Outbound(Node.ActivityId).Any(c => c.Source.Port == port) == true;

    public void ScheduleChild(GraphNode child, string? tag = null) => _execution.Schedule(child, State.Id, tag);

    /// <summary>Running children or queued work that belongs to this context.</summary>
    public bool HasPendingChildren => _execution.HasPendingWork(State.Id);

    /// <summary>Cancels the unfinished children of this context (and theirs), removing their bookmarks.</summary>
    public void CancelChildren(Func<ActivityContextState, bool>? which = null) => _execution.CancelChildren(State.Id, which);

    /// <summary>Ends the whole instance at once (Elsa.Finish).</summary>
    public void FinishWorkflow() => _execution.FinishWorkflow(finisher: this);

    /// <summary>The activity this flowchart starts with (a trigger that started the run, else Elsa's start rules).</summary>
    public GraphNode? StartOf(GraphNode flowchart) => _execution.StartOf(flowchart);

    /// <summary>Records an output for scripts later in this burst and binds it to the variable the designer chose, if any.</summary>
    public void SetOutput(string name, object? value)
    {
        _execution.Outputs.Record(Node, name, value);
        var binding = Node.Activity?.GetProperty(ActivityDescriber.CamelCase(name)) as JsonObject;
        if (binding?.FindProperty("memoryReference") is JsonObject reference && reference.FindProperty("id") is JsonValue id
            && id.TryGetValue<string>(out var variableId))
            _execution.Variables.SetById(this, variableId, value);
    }

    public void WriteLine(string text) => _execution.WriteLine(this, text);

    public void PublishEvent(PublishedEvent published) => _execution.Result.PublishedEvents.Add(published);

    /// <summary>Starts <paramref name="definitionId"/>'s published version once this step is written, in its transaction.</summary>
    public void StartWorkflowAfterStep(string definitionId, JsonObject? input) =>
        _execution.Result.StartedWorkflows.Add(new WorkflowStartRequest(definitionId, input));

    /// <summary>Asks the case domain to change this instance's case once this step is written, in its transaction; nothing without a case.</summary>
    public void UpdateCaseAfterStep(string kind, JsonObject arguments)
    {
        if (CaseId is not null)
            _execution.Result.CaseUpdates.Add(new Cases.CaseUpdateRequest(kind, arguments));
    }

    /// <summary>Creates a task row, written with this step; it is cancelled if this activity is.</summary>
    public void CreateTask(Tasks.HumanTask task) => _execution.Result.CreatedTasks.Add(task);

    /// <summary>Queues a message, sent after this step commits; a key queued before is not queued again.</summary>
    public void Send(Notifications.OutboxMessage message) => _execution.Result.Outbox.Add(message);

    /// <summary>Marks this activity's task escalated, written with this step.</summary>
    public void EscalateTask() => _execution.Result.EscalatedTaskActivityInstanceIds.Add(ActivityInstanceId);

    /// <summary>Reminds whoever holds this activity's task (before its due date, or because it is overdue), written with this step.</summary>
    public void RemindAboutTask(bool overdue, int number) => _execution.Result.TaskReminders.Add(new Tasks.TaskReminder(ActivityInstanceId, overdue, number));

    /// <summary>Assigns the variable with this id in the nearest scope that declares it, converting to its type.</summary>
    public void SetVariableById(string variableId, object? value) => _execution.Variables.SetById(this, variableId, value);

    /// <summary>For an activity inside a flowchart: cancels the running activities from which it can be reached.</summary>
    public void CancelRunningAncestorsInFlowchart()
    {
        var flowchartState = _execution.State.Contexts.FirstOrDefault(c => c.Id == State.ParentId);
        if (flowchartState is null || Node.Parent?.Flow is null) return;
        var flowchart = new ActivityExecutionContext(_execution, Node.Parent, flowchartState);
        Flowcharts.CounterFlowchart.CancelRunningAncestors(flowchart, Node.ActivityId);
    }

    // ---- IScriptScope: what scripts see ----------------------------------------------------------------------------

    public string WorkflowInstanceId => _execution.Instance.Id;
    public string? CaseId => _execution.Instance.CaseId;
    public string WorkflowDefinitionId => _execution.Instance.DefinitionId;
    public string WorkflowDefinitionVersionId => _execution.Instance.DefinitionVersionId;
    public int WorkflowDefinitionVersion => _execution.Instance.DefinitionVersion;

    public string? CorrelationId
    {
        get => _execution.Instance.CorrelationId;
        set => _execution.Instance.CorrelationId = value;
    }

    public string? WorkflowInstanceName
    {
        get => _execution.Instance.Name;
        set => _execution.Instance.Name = value;
    }

    public IReadOnlyCollection<string> VariableNames => _execution.Variables.NamesInScope(this);
    public object? GetVariable(string name) => _execution.Variables.Get(this, name);
    public void SetVariable(string name, object? value) => _execution.Variables.Set(this, name, value);

    /// <summary>A workflow input (what the instance was started or resumed with), looked up case-insensitively.</summary>
    object? IScriptScope.GetInput(string name) => JsonValues.ToPlain(_execution.State.Input.FindProperty(name));

    public IReadOnlyCollection<string> InputNames => _execution.Graph.Model.Inputs.Select(i => i.Name).OfType<string>().ToList();

    public (object? Value, int Index)? CurrentLoopItem => _execution.Variables.CurrentLoopItem(this);

    public object? GetOutput(string activityIdOrName, string? outputName) => _execution.Outputs.Get(activityIdOrName, outputName);
    public object? LastResult => _execution.Outputs.Last;
    public IReadOnlyCollection<(string ActivityName, string OutputName)> NamedOutputs => _execution.Outputs.Named(_execution.Graph);
}
