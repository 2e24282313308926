using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Expressions;
using ReturnWorkflows.Engine.Runtime.State;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Engine.Runtime.Execution;

/// <summary>
/// One burst (elsa-semantics.md §2.1): a FIFO queue of activities is drained, then the instance is Finished or
/// Suspended. It changes the instance and its state in memory and reports the rows to write; it does no I/O, so the
/// caller commits everything in one transaction.
/// </summary>
internal sealed class WorkflowExecution
{
    private readonly LinkedList<WorkItem> _queue = new();
    private readonly IReadOnlyList<Bookmark> _existingBookmarks;
    private readonly ILogger _logger;
    private string? _triggerActivityId;
    private JsonObject? _triggerInput;

    private readonly string? _defaultIncidentStrategy;

    public WorkflowExecution(WorkflowGraph graph, WorkflowInstance instance, InstanceState state, IReadOnlyList<Bookmark> existingBookmarks,
        ExpressionEvaluator expressions, TimeProvider clock, ILogger logger, string? defaultIncidentStrategy = null, Calendars.OfficeCalendars? calendars = null,
        CancellationToken cancellationToken = default)
    {
        CancellationToken = cancellationToken;
        _clock = clock;
        Calendars = calendars ?? Engine.Calendars.OfficeCalendars.AllUtc;
        _defaultIncidentStrategy = defaultIncidentStrategy;
        Graph = graph;
        Instance = instance;
        State = state;
        _existingBookmarks = existingBookmarks;
        Expressions = expressions;
        Now = clock.GetUtcNow().UtcDateTime;
        _logger = logger;
        Variables = new VariableScope(this);
    }

    public WorkflowGraph Graph { get; }
    public WorkflowInstance Instance { get; }
    public InstanceState State { get; }
    public ExpressionEvaluator Expressions { get; }
    /// <summary>
    /// The burst's time, fixed when it starts: what activities compute with (due dates, timers), so one step is
    /// consistent with itself. Records and journal lines take <see cref="Clock"/> instead: when each thing really happened.
    /// </summary>
    public DateTime Now { get; }

    private readonly TimeProvider _clock;

    private DateTime Clock() => _clock.GetUtcNow().UtcDateTime;

    /// <summary>The request's token: a cancelled request stops a running script and abandons the burst.</summary>
    public CancellationToken CancellationToken { get; }

    public Calendars.OfficeCalendars Calendars { get; }

    /// <summary>The instance's case as loaded before this step, for activities that decide from it; null without one.</summary>
    public Cases.WorkflowCaseContext? Case { get; init; }
    public VariableScope Variables { get; }
    public OutputRegister Outputs { get; } = new();
    public BurstResult Result { get; } = new();

    private bool IsFinished => Instance.Status == WorkflowStatus.Finished;

    public BurstResult Run(Stimulus stimulus)
    {
        Instance.SubStatus = WorkflowSubStatus.Executing;
        Merge(stimulus.Input);
        switch (stimulus)
        {
            case StartStimulus start:
                Begin(start);
                break;
            case ResumeStimulus resume:
                Resume(resume);
                break;
            case RetryStimulus retry:
                Retry(retry);
                break;
        }
        Drain();
        End();
        return Result;
    }

    // ---- start and resume -------------------------------------------------------------------------------------------

    private void Begin(StartStimulus start)
    {
        var root = new ActivityContextState { Id = IdGenerator.NewId(), NodeId = Graph.Root.NodeId, StartedAt = Clock() };
        State.Contexts.Add(root);
        _triggerActivityId = start.TriggerActivityId;
        _triggerInput = start.Input;
        if (Graph.Root.Body is { } body)
            Schedule(body, root.Id, null);
        else
            FinishWorkflow();
    }

    private void Resume(ResumeStimulus resume)
    {
        var bookmark = resume.Bookmark;
        var state = State.Contexts.FirstOrDefault(c => c.Id == bookmark.ActivityInstanceId)
                    ?? throw new InvalidOperationException($"Bookmark {bookmark.Id} belongs to no waiting activity of instance {Instance.Id}.");
        Result.BurnedBookmarkIds.Add(bookmark.Id);
        var context = new ActivityExecutionContext(this, Graph.Get(state.NodeId), state) { ResumeInput = resume.Input, ResumedBookmark = bookmark };
        // A timer's line says which one fired and when it was due, for operators asking "what fired?".
        Journal(context, "Resumed", null, bookmark.DueAt is { } due ? new JsonObject { [JournalEntry.TimerPayloadKey] = bookmark.Name, ["DueAt"] = due } : null);
        Run(context, () => context.Node.Behaviour!.Resume(context));
    }

    private void Retry(RetryStimulus retry)
    {
        var faulted = State.Contexts.FirstOrDefault(c => c.Id == retry.ActivityInstanceId && c.Status == ActivityStatus.Faulted)
                      ?? throw new InvalidOperationException($"Activity instance {retry.ActivityInstanceId} of instance {Instance.Id} has not faulted.");
        State.Contexts.Remove(faulted);
        Instance.Status = WorkflowStatus.Running;
        Instance.FinishedAt = null;
        Schedule(Graph.Get(faulted.NodeId), faulted.ParentId!, faulted.Tag);
    }

    /// <summary>The activity a flowchart starts with: the trigger that started the run if it is in this flowchart.</summary>
    public GraphNode? StartOf(GraphNode flowchart)
    {
        if (_triggerActivityId is not null && flowchart.Children.TryGetValue(_triggerActivityId, out var trigger))
            return trigger;
        return flowchart.Flow?.Start is { } start ? flowchart.Children[start.Id] : null;
    }

    // ---- the queue ----------------------------------------------------------------------------------------------------

    public void Schedule(GraphNode node, string parentContextId, string? tag) => _queue.AddLast(new WorkItem(node, parentContextId, tag));

    public bool HasPendingWork(string contextId) =>
        State.Contexts.Any(c => c.ParentId == contextId) || _queue.Any(item => item.ParentContextId == contextId);

    private void Drain()
    {
        while (_queue.First is { } first && !IsFinished)
        {
            _queue.RemoveFirst();
            Execute(first.Value);
        }
    }

    private void Execute(WorkItem item)
    {
        var state = new ActivityContextState { Id = IdGenerator.NewId(), NodeId = item.Node.NodeId, ParentId = item.ParentContextId, StartedAt = Clock(), Tag = item.Tag };
        State.Contexts.Add(state);
        var context = new ActivityExecutionContext(this, item.Node, state);
        if (item.Node.ActivityId == _triggerActivityId)
        {
            context.IsStartingTrigger = true;
            context.ResumeInput = _triggerInput;
            _triggerActivityId = null; // a trigger starts the run once
        }
        Journal(context, "Started");
        Run(context, () => item.Node.Behaviour!.Execute(context));
    }

    private void Run(ActivityExecutionContext context, Action body)
    {
        try
        {
            context.EvaluateInputs();
            body();
        }
        // A cancelled request is no fault of the activity: the burst is abandoned and its transaction rolled back.
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            Fault(context, e);
            return;
        }
        AfterRun(context);
    }

    private void AfterRun(ActivityExecutionContext context)
    {
        if (IsFinished || !State.Contexts.Contains(context.State))
            return;
        if (context.IsCompleted)
            Complete(context);
        else if (context.HasBookmarks)
            Journal(context, "Suspended");
    }

    // ---- completion, cancellation, faults ------------------------------------------------------------------------------

    private void Complete(ActivityExecutionContext context)
    {
        // Counter-based flowcharts fault an activity the start cannot reach when it completes (elsa-semantics §2.5 step 2).
        var owner = State.Contexts.FirstOrDefault(c => c.Id == context.State.ParentId);
        if (owner is not null && State.JoinAlgorithm == JoinAlgorithm.CounterBased && context.Node.Parent?.Flow is not null
            && context.Node.Descriptor?.IsTerminal != true)
        {
            var flow = Flowcharts.FlowchartEntry.GraphOf(new ActivityExecutionContext(this, context.Node.Parent, owner));
            if (flow.IsDangling(context.Node.ActivityId))
            {
                Fault(context, new InvalidOperationException($"Activity '{context.Node.ActivityId}' is not reachable from the flowchart graph."));
                return;
            }
        }
        context.State.Status = ActivityStatus.Completed;
        State.Contexts.Remove(context.State);
        BurnBookmarksOf(context.State.Id);
        Journal(context, "Completed", context.JournalMessage, new JsonObject { ["Outcomes"] = new JsonArray(context.Outcomes.Select(o => (JsonNode?)o).ToArray()) });

        var parentState = State.Contexts.FirstOrDefault(c => c.Id == context.State.ParentId);
        if (parentState is null)
            return;
        if (parentState.ParentId is null)
        {
            FinishWorkflow(); // the root activity completed: so does the workflow
            return;
        }
        var parent = new ActivityExecutionContext(this, Graph.Get(parentState.NodeId), parentState);
        try
        {
            parent.Node.Behaviour!.OnChildCompleted(parent, new Activities.ChildCompletion(context.Node, context.Outcomes, context.State.Tag));
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            Fault(parent, e);
            return;
        }
        AfterRun(parent);
    }

    public void FinishWorkflow(WorkflowSubStatus subStatus = WorkflowSubStatus.Finished, ActivityExecutionContext? finisher = null)
    {
        if (finisher is not null)
            Journal(finisher, "Completed", null, new JsonObject { ["Outcomes"] = new JsonArray("Done") });
        foreach (var state in State.Contexts.Where(c => c.ParentId is not null).ToList())
        {
            BurnBookmarksOf(state.Id);
            if (state.Id != finisher?.State.Id && Graph.Get(state.NodeId).Activity is not null)
                Record(new ActivityExecutionContext(this, Graph.Get(state.NodeId), state), "Canceled", null); // no journal line, as Elsa; but no record left "Running"
        }
        State.Contexts.Clear();
        _queue.Clear();
        Instance.Status = WorkflowStatus.Finished;
        Instance.SubStatus = subStatus;
        Instance.FinishedAt = Clock();
    }

    public void CancelChildren(string contextId, Func<ActivityContextState, bool>? which)
    {
        foreach (var child in State.Contexts.Where(c => c.ParentId == contextId && (which is null || which(c))).ToList())
            Cancel(child);
        if (which is null)
            RemoveQueued(contextId);
    }

    private void Cancel(ActivityContextState state)
    {
        CancelChildren(state.Id, null);
        state.Status = ActivityStatus.Canceled;
        State.Contexts.Remove(state);
        BurnBookmarksOf(state.Id);
        Journal(new ActivityExecutionContext(this, Graph.Get(state.NodeId), state), "Canceled");
    }

    private void RemoveQueued(string parentContextId)
    {
        for (var item = _queue.First; item is not null;)
        {
            var next = item.Next;
            if (item.Value.ParentContextId == parentContextId) _queue.Remove(item);
            item = next;
        }
    }

    private void Fault(ActivityExecutionContext context, Exception exception)
    {
        context.State.Status = ActivityStatus.Faulted;
        Journal(context, "Faulted", exception.Message, new JsonObject { ["Exception"] = exception.GetType().Name, ["Message"] = exception.Message });
        Result.Incidents.Add(new Incident
        {
            Id = IdGenerator.NewId(),
            WorkflowInstanceId = Instance.Id,
            ActivityId = context.Node.ActivityId,
            ActivityNodeId = context.Node.NodeId,
            ActivityType = context.Node.ActivityType,
            ActivityInstanceId = context.State.Id,
            Message = exception.Message,
            Exception = JsonSerializer.Serialize(new { type = exception.GetType().Name, message = exception.Message, stackTrace = exception.StackTrace }, EngineJson.Options),
            Timestamp = Clock(),
        });
        Instance.IncidentCount++;
        _logger.LogWarning("Activity {ActivityId} ({ActivityType}) of instance {InstanceId} faulted: {Error}",
            context.Node.ActivityId, context.Node.ActivityType, Instance.Id, exception.GetType().Name);

        // The faulted context stays: its flowchart can never complete. As in Elsa the burst drains the rest of its queue
        // (sibling branches reach their waits, which a retry needs); with the default strategy the instance then faults.
        if (!IncidentStrategies.ContinuesAfterFault(Graph.Model.Options.IncidentStrategyType ?? _defaultIncidentStrategy))
            _faultInstance = true;
    }

    private bool _faultInstance;

    private void End()
    {
        if (Instance.Status == WorkflowStatus.Running && _faultInstance)
        {
            Instance.Status = WorkflowStatus.Finished;
            Instance.SubStatus = WorkflowSubStatus.Faulted;
            Instance.FinishedAt = Clock();
        }
        if (Instance.Status == WorkflowStatus.Running)
        {
            var root = State.Contexts.FirstOrDefault(c => c.ParentId is null);
            if (root is null || !HasPendingWork(root.Id))
                FinishWorkflow();
            else
                Instance.SubStatus = WorkflowSubStatus.Suspended;
        }
        // A faulted instance keeps its waits, so that an operator's retry can carry on where it stopped.
        if (Instance.Status == WorkflowStatus.Finished && Instance.SubStatus != WorkflowSubStatus.Faulted)
        {
            // Nothing will resume a finished instance.
            foreach (var bookmark in _existingBookmarks.Where(b => !Result.BurnedBookmarkIds.Contains(b.Id)))
                Result.BurnedBookmarkIds.Add(bookmark.Id);
            Result.CreatedBookmarks.Clear();
            Result.CreatedTasks.Clear();
        }
        Instance.UpdatedAt = Clock();
    }

    // ---- bookmarks, journal, log -------------------------------------------------------------------------------------------

    public Bookmark AddBookmark(ActivityExecutionContext context, string name, JsonObject hashedPayload, DateTime? dueAt, JsonObject? extraPayload,
        string? timerKind = null, string? office = null)
    {
        var payload = (JsonObject)hashedPayload.DeepClone();
        if (extraPayload is not null)
            foreach (var (key, value) in extraPayload) payload[key] = value?.DeepClone();
        var bookmark = new Bookmark
        {
            Id = IdGenerator.NewId(),
            WorkflowInstanceId = Instance.Id,
            Name = name,
            Hash = BookmarkHash.Compute(name, hashedPayload),
            Payload = payload.ToJsonString(),
            ActivityId = context.Node.ActivityId,
            ActivityNodeId = context.Node.NodeId,
            ActivityInstanceId = context.State.Id,
            CorrelationId = Instance.CorrelationId,
            CreatedAt = Now,
            DueAt = dueAt,
        };
        Result.CreatedBookmarks.Add(bookmark);
        if (dueAt is not null)
            Result.TimerLabels[bookmark.Id] = Timers.TimerLabel.Describe(timerKind, context.Node, Instance.Name, office);
        return bookmark;
    }

    private void BurnBookmarksOf(string activityInstanceId)
    {
        // Tasks go with their waits: a task created in this burst is dropped, an older one is cancelled.
        if (Result.CreatedTasks.RemoveAll(t => t.ActivityInstanceId == activityInstanceId) == 0)
            Result.CancelledTaskActivityInstanceIds.Add(activityInstanceId);
        Result.CreatedBookmarks.RemoveAll(b => b.ActivityInstanceId == activityInstanceId);
        foreach (var bookmark in _existingBookmarks.Where(b => b.ActivityInstanceId == activityInstanceId && !Result.BurnedBookmarkIds.Contains(b.Id)))
            Result.BurnedBookmarkIds.Add(bookmark.Id);
    }

    public void WriteLine(ActivityExecutionContext context, string text)
    {
        context.JournalMessage = text;
        // The text may hold case data: it goes to the journal, and to the log only at Debug (off in production).
        _logger.LogDebug("WriteLine in instance {InstanceId}, activity {ActivityId}: {Text}", Instance.Id, context.Node.ActivityId, text);
    }

    private void Journal(ActivityExecutionContext context, string eventName, string? message = null, JsonObject? payload = null)
    {
        Record(context, eventName, payload);
        Result.Journal.Add(new JournalEntry
        {
            Id = IdGenerator.NewId(),
            WorkflowInstanceId = Instance.Id,
            Sequence = State.NextJournalSequence++,
            ActivityInstanceId = context.State.Id,
            ParentActivityInstanceId = context.State.ParentId,
            ActivityId = context.Node.ActivityId,
            ActivityType = context.Node.ActivityType,
            ActivityTypeVersion = context.Node.Activity?.Version ?? 1,
            ActivityName = context.Node.Activity?.Name,
            NodeId = context.Node.NodeId,
            Timestamp = Clock(),
            EventName = eventName,
            Message = message,
            Payload = payload?.ToJsonString(),
        });
    }

    // The execution record follows the journal: created when the activity starts, updated as it suspends or ends.
    private void Record(ActivityExecutionContext context, string eventName, JsonObject? payload)
    {
        if (context.Node.Activity is null) return; // the implicit root workflow has no record
        if (!Result.ActivityExecutions.TryGetValue(context.State.Id, out var record))
        {
            record = new ActivityExecutionRecord
            {
                Id = context.State.Id,
                WorkflowInstanceId = Instance.Id,
                ActivityId = context.Node.ActivityId,
                ActivityNodeId = context.Node.NodeId,
                ActivityType = context.Node.ActivityType,
                ActivityTypeVersion = context.Node.Activity.Version,
                ActivityName = context.Node.Activity.Name,
                // A record is made by its activity's first journal line, which takes this number next. (A record of an
                // earlier burst made again here is merged into the stored one, which keeps its own.)
                Sequence = State.NextJournalSequence,
                StartedAt = context.State.StartedAt,
            };
            Result.ActivityExecutions[record.Id] = record;
        }
        record.ActivityState = RedactedInputs(context);
        switch (eventName)
        {
            case "Started" or "Resumed":
                record.Status = "Running";
                break;
            case "Suspended":
                record.HasBookmarks = true;
                break;
            case "Completed":
                record.Status = "Completed";
                record.CompletedAt = Clock();
                record.HasBookmarks = false;
                record.Payload = payload?.ToJsonString();
                break;
            case "Canceled":
                record.Status = "Canceled";
                record.HasBookmarks = false;
                break;
            case "Faulted":
                record.Status = "Faulted";
                record.Exception = payload?.ToJsonString();
                break;
        }
    }

    private static string? RedactedInputs(ActivityExecutionContext context)
    {
        if (context.Node.Descriptor is null || context.EvaluatedInputs.Count == 0) return null;
        var state = new JsonObject();
        foreach (var input in context.Node.Descriptor.Inputs.Where(i => context.EvaluatedInputs.ContainsKey(i.Name)))
            state[input.Name] = input.IsSensitive ? ActivityExecutionRecord.Redacted : JsonValues.FromPlain(context.EvaluatedInputs[input.Name]);
        return state.ToJsonString();
    }

    private void Merge(JsonObject? input)
    {
        if (input is null) return;
        foreach (var (key, value) in input)
            State.Input[key] = value?.DeepClone();
    }

    private sealed record WorkItem(GraphNode Node, string ParentContextId, string? Tag);
}

/// <summary>Elsa's bookmark hash: uppercase hex SHA-256 of <c>name|payload</c>, the payload in PascalCase JSON without nulls.</summary>
public static class BookmarkHash
{
    public static string Compute(string name, JsonObject payload)
    {
        var pascal = new JsonObject();
        foreach (var (key, value) in payload)
            if (value is not null)
                pascal[char.ToUpperInvariant(key[0]) + key[1..]] = value.DeepClone();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{name}|{pascal.ToJsonString()}")));
    }
}
