using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Runtime.State;

namespace ReturnWorkflows.Engine.Runtime.Commands;

/// <summary>
/// The steps the runtime commands share: each runs inside the command's transaction, so the instance row, its state,
/// journal, bookmarks and incidents commit together or not at all.
/// </summary>
public sealed class InstanceSteps(
    IWorkflowDefinitionStore definitions,
    IWorkflowInstanceStore instances,
    WorkflowGraphCache graphs,
    WorkflowRunner runner,
    TimeProvider timeProvider,
    IOptions<RuntimeOptions> options,
    Tasks.TaskNotices taskNotices,
    Cases.IWorkflowCaseContextLoader caseContexts,
    IEnumerable<Cases.IWorkflowCaseUpdater> caseUpdaters)
{
    // Loaded before each step (never inside it: a step does no I/O but writing its results), so activities that decide
    // from the case (which office takes a task) read it as it is now.
    private Task<Cases.WorkflowCaseContext?> CaseOfAsync(WorkflowInstance instance, CancellationToken cancellationToken) =>
        instance.CaseId is { } caseId ? caseContexts.LoadAsync(caseId, cancellationToken) : Task.FromResult<Cases.WorkflowCaseContext?>(null);

    public async Task<WorkflowRunResult> StartAsync(string definitionId, VersionOptions versionOptions, string? correlationId, JsonObject? input,
        string? triggerActivityId, JoinAlgorithm? joinAlgorithm, bool isTestRun, CancellationToken cancellationToken, string? testRunBy = null,
        string? caseId = null)
    {
        var version = await definitions.FindAsync(definitionId, versionOptions, cancellationToken)
                      ?? throw new NotFoundException("definitionId", $"Workflow definition '{definitionId}' has no {versionOptions} version to start.");
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var instance = new WorkflowInstance
        {
            Id = IdGenerator.NewId(),
            DefinitionId = version.DefinitionId,
            DefinitionVersionId = version.Id,
            DefinitionVersion = version.Version,
            CorrelationId = correlationId,
            CaseId = caseId,
            Name = version.Name,
            IsTestRun = isTestRun,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var state = new InstanceState { JoinAlgorithm = joinAlgorithm ?? options.Value.DefaultJoinAlgorithm, TestRunBy = isTestRun ? testRunBy : null };
        instances.Add(instance);
        var caseContext = await CaseOfAsync(instance, cancellationToken);
        var result = runner.Start(graphs.Get(version), instance, state, new StartStimulus(triggerActivityId, input), cancellationToken, caseContext);
        return await SaveAsync(instance, state, result, [], cancellationToken);
    }

    public async Task<WorkflowRunResult> ResumeAsync(string bookmarkId, JsonObject? input, CancellationToken cancellationToken)
    {
        var bookmark = await instances.FindBookmarkAsync(bookmarkId, cancellationToken)
                       ?? throw new NotFoundException("bookmarkId", $"Bookmark '{bookmarkId}' does not exist: it was resumed already, or its activity moved on.");
        var instance = await LockRunningAsync(bookmark.WorkflowInstanceId, cancellationToken);
        return await ResumeLockedAsync(instance, await instances.ListBookmarksAsync(instance.Id, cancellationToken), bookmarkId, input, cancellationToken);
    }

    /// <summary>
    /// Resumes a bookmark of an instance whose row the caller has locked already (a task completion locks the instance
    /// before it checks the task), without locking it a second time.
    /// </summary>
    /// <param name="readUnderLock">What <see cref="WaitingOnAsync"/> read of this instance in this step, when nothing
    /// has changed its bookmarks since: then they are not read again.</param>
    /// <param name="writeWithCommit">The caller's command ends with this step (nothing after it reads what the step
    /// wrote): the step's rows are left to the unit of work's commit, which writes them in one batch with the rest of the
    /// command's changes. A step that publishes events writes its rows at once all the same, before delivering them.</param>
    public async Task<WorkflowRunResult> ResumeOnLockedInstanceAsync(WorkflowInstance instance, string bookmarkId, JsonObject? input, CancellationToken cancellationToken,
        LockedWaits? readUnderLock = null, bool writeWithCommit = false)
    {
        if (instance.Status != WorkflowStatus.Running)
            throw new ConflictException("instanceId", $"Workflow instance '{instance.Id}' is {instance.SubStatus}; it no longer runs.");
        if (readUnderLock is { Graph: { } graph } && readUnderLock.InstanceId == instance.Id)
            return await ResumeLockedAsync(instance, readUnderLock.Bookmarks, bookmarkId, input, cancellationToken, graph, writeWithCommit);
        return await ResumeLockedAsync(instance, await instances.ListBookmarksAsync(instance.Id, cancellationToken), bookmarkId, input, cancellationToken,
            writeWithCommit: writeWithCommit);
    }

    /// <summary>
    /// What waits on a bookmark of a locked instance (a task completion asks before it resumes): the activity type, null
    /// when the bookmark or the version is gone; with the instance's bookmarks and graph, so that resuming right after
    /// need not read them again.
    /// </summary>
    public async Task<LockedWaits> WaitingOnAsync(WorkflowInstance instance, string bookmarkId, CancellationToken cancellationToken)
    {
        var bookmarks = await instances.ListBookmarksAsync(instance.Id, cancellationToken);
        var bookmark = bookmarks.FirstOrDefault(b => b.Id == bookmarkId);
        var graph = bookmark is null ? null : await GraphOfAsync(instance, cancellationToken);
        return new LockedWaits(instance.Id, bookmarks, graph, graph?.Get(bookmark!.ActivityNodeId).ActivityType);
    }

    /// <summary>
    /// The graph an instance runs on. Graphs are cached by version and revision, so a step reads only the version's
    /// revision (a draft edited in place has a new one); the content is read when that revision is not cached yet.
    /// Null when the version is gone.
    /// </summary>
    private async Task<WorkflowGraph?> GraphOfAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var revision = await definitions.RevisionOfAsync(instance.DefinitionVersionId, cancellationToken);
        if (revision is null) return null;
        if (graphs.TryGet(instance.DefinitionVersionId, revision.Value, out var cached)) return cached;
        var version = await definitions.FindByIdAsync(instance.DefinitionVersionId, cancellationToken);
        return version is null ? null : graphs.Get(version);
    }

    private async Task<WorkflowGraph> RequiredGraphOfAsync(WorkflowInstance instance, CancellationToken cancellationToken) =>
        await GraphOfAsync(instance, cancellationToken)
        ?? throw new InvalidOperationException($"Instance {instance.Id} runs on version {instance.DefinitionVersionId}, which is gone.");

    /// <summary>Resumes a due timer unless another node is on its instance right now; null when skipped.</summary>
    public async Task<WorkflowRunResult?> ResumeDueAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        var instance = await instances.TryLockForDueBookmarkAsync(bookmarkId, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        if (instance is null || instance.Status != WorkflowStatus.Running)
            return null;
        var bookmarks = await instances.ListBookmarksAsync(instance.Id, cancellationToken);
        return bookmarks.Any(b => b.Id == bookmarkId) ? await ResumeLockedAsync(instance, bookmarks, bookmarkId, null, cancellationToken) : null;
    }

    /// <summary>
    /// Resumes a timer for its wake-up job, waiting for the instance if someone else is on it; null when the timer is
    /// gone (resumed, cancelled), not due yet, or its instance does not run.
    /// </summary>
    public async Task<WorkflowRunResult?> ResumeTimerAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        var instance = await instances.LockForBookmarkAsync(bookmarkId, cancellationToken);
        if (instance is null || instance.Status != WorkflowStatus.Running)
            return null;
        var bookmarks = await instances.ListBookmarksAsync(instance.Id, cancellationToken);
        if (bookmarks.FirstOrDefault(b => b.Id == bookmarkId)?.DueAt is not { } dueAt || dueAt > timeProvider.GetUtcNow().UtcDateTime)
            return null;
        return await ResumeLockedAsync(instance, bookmarks, bookmarkId, null, cancellationToken);
    }

    /// <param name="bookmarks">All the instance's bookmarks, read under its lock: one query serves finding the one to
    /// resume and knowing the rest.</param>
    private async Task<WorkflowRunResult> ResumeLockedAsync(WorkflowInstance instance, IReadOnlyList<Bookmark> bookmarks, string bookmarkId, JsonObject? input,
        CancellationToken cancellationToken, WorkflowGraph? graph = null, bool writeWithCommit = false)
    {
        // The bookmark row is the ticket: exactly one resumer deletes it.
        var bookmark = bookmarks.FirstOrDefault(b => b.Id == bookmarkId);
        if (bookmark is null || !await instances.TryDeleteBookmarkAsync(bookmark, cancellationToken))
            throw new ConflictException("bookmarkId", $"Bookmark '{bookmarkId}' was resumed by someone else a moment ago.");
        var others = bookmarks.Where(b => b.Id != bookmarkId).ToList();
        var state = InstanceStateSerializer.Deserialize(instance.State);
        graph ??= await RequiredGraphOfAsync(instance, cancellationToken);
        var caseContext = await CaseOfAsync(instance, cancellationToken);
        var result = runner.Resume(graph, instance, state, others, new ResumeStimulus(bookmark, input), cancellationToken, caseContext);
        result.BurnedBookmarkIds.Remove(bookmarkId); // already deleted above
        return await SaveAsync(instance, state, result, others, cancellationToken, writeWithCommit);
    }

    public async Task<WorkflowRunResult> RetryAsync(string instanceId, string? activityInstanceId, CancellationToken cancellationToken)
    {
        var instance = await LockExistingAsync(instanceId, cancellationToken);
        var state = InstanceStateSerializer.Deserialize(instance.State);
        var faulted = state.Contexts.Where(c => c.Status == ActivityStatus.Faulted && (activityInstanceId is null || c.Id == activityInstanceId)).ToList();
        if (faulted.Count == 0 || instance.SubStatus is WorkflowSubStatus.Cancelled or WorkflowSubStatus.Finished)
            throw new ConflictException(activityInstanceId is null ? "instanceId" : "activityInstanceId", $"Workflow instance '{instanceId}' has no faulted activity to retry.");
        if (faulted.Count > 1)
            throw new CommandRejectedException("activityInstanceId", $"Workflow instance '{instanceId}' has {faulted.Count} faulted activities; name the one to retry.");
        await instances.ResolveIncidentsAsync(instance.Id, faulted[0].Id, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        var bookmarks = await instances.ListBookmarksAsync(instance.Id, cancellationToken);
        var graph = await RequiredGraphOfAsync(instance, cancellationToken);
        var result = runner.Retry(graph, instance, state, bookmarks, new RetryStimulus(faulted[0].Id), cancellationToken,
            await CaseOfAsync(instance, cancellationToken));
        return await SaveAsync(instance, state, result, bookmarks, cancellationToken);
    }

    public async Task<WorkflowRunResult> CancelAsync(string instanceId, CancellationToken cancellationToken)
    {
        // Running and faulted instances can be cancelled; finished and cancelled ones are history.
        var instance = await LockExistingAsync(instanceId, cancellationToken);
        if (instance.Status != WorkflowStatus.Running && instance.SubStatus != WorkflowSubStatus.Faulted)
            throw new ConflictException("instanceId", $"Workflow instance '{instanceId}' is {instance.SubStatus}; it no longer runs.");
        var bookmarks = await instances.ListBookmarksAsync(instance.Id, cancellationToken);
        var state = InstanceStateSerializer.Deserialize(instance.State);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var result = new BurstResult();
        result.BurnedBookmarkIds.AddRange(bookmarks.Select(b => b.Id));
        result.Journal.Add(new JournalEntry
        {
            Id = IdGenerator.NewId(), WorkflowInstanceId = instance.Id, Sequence = state.NextJournalSequence++,
            ActivityId = instance.DefinitionVersionId, ActivityType = "Elsa.Workflow", NodeId = instance.DefinitionVersionId,
            Timestamp = now, EventName = "Workflow cancelled",
        });
        state.Contexts.Clear();
        await instances.CancelUnfinishedExecutionsAsync(instance.Id, cancellationToken);
        await instances.CancelOpenTasksAsync(instance.Id, now, cancellationToken);
        instance.Status = WorkflowStatus.Finished;
        instance.SubStatus = WorkflowSubStatus.Cancelled;
        instance.FinishedAt = instance.UpdatedAt = now;
        return await SaveAsync(instance, state, result, [], cancellationToken);
    }

    private async Task<WorkflowInstance> LockExistingAsync(string instanceId, CancellationToken cancellationToken) =>
        await instances.LockAsync(instanceId, cancellationToken)
        ?? throw new NotFoundException("instanceId", $"Workflow instance '{instanceId}' does not exist.");

    private async Task<WorkflowInstance> LockRunningAsync(string instanceId, CancellationToken cancellationToken)
    {
        var instance = await LockExistingAsync(instanceId, cancellationToken);
        if (instance.Status != WorkflowStatus.Running)
            throw new ConflictException("instanceId", $"Workflow instance '{instanceId}' is {instance.SubStatus}; it no longer runs.");
        return instance;
    }

    /// <summary>Delivers a named event to the waiting instances, each resumed exactly once, in the caller's transaction.</summary>
    public async Task<IReadOnlyList<WorkflowRunResult>> DeliverAsync(PublishedEvent published, CancellationToken cancellationToken)
    {
        var hash = BookmarkHash.Compute("Elsa.Event", new JsonObject { ["eventName"] = published.EventName });
        var bookmarks = await instances.FindBookmarksAsync(hash, published.CorrelationId, published.InstanceId, cancellationToken);
        var input = new JsonObject { [Activities.Events.Event.PayloadInputKey] = published.Payload?.DeepClone() ?? new JsonObject() };
        var results = new List<WorkflowRunResult>();
        // In instance order, so two deliveries lock instances in the same order and cannot deadlock each other.
        foreach (var bookmark in bookmarks.OrderBy(b => b.WorkflowInstanceId, StringComparer.Ordinal).ThenBy(b => b.CreatedAt))
        {
            try
            {
                results.Add(await ResumeAsync(bookmark.Id, (JsonObject)input.DeepClone(), cancellationToken));
            }
            catch (CommandFailedException e) when (e.Kind is FailureKind.NotFound or FailureKind.Conflict)
            {
                // An earlier delivery in this loop moved that activity or instance on (a WaitAny, a finish): nothing to do.
            }
        }
        return results;
    }

    /// <summary>
    /// The published version now, not the one the asking instance runs: a case enters its next phase as it was last
    /// published. None published refuses the whole step (the task that led here stays open), naming the definition.
    /// </summary>
    private async Task StartRequestedAsync(WorkflowInstance asking, InstanceState askingState, WorkflowStartRequest start, CancellationToken cancellationToken)
    {
        try
        {
            await StartAsync(start.DefinitionId, VersionOptions.Published, asking.CorrelationId, start.Input, null, null,
                asking.IsTestRun, cancellationToken, askingState.TestRunBy, asking.CaseId);
        }
        catch (NotFoundException)
        {
            throw new ConflictException("definitionId", $"The workflow '{start.DefinitionId}' this step starts has no published version; publish it, then try again.");
        }
    }

    private async Task UpdateCaseAsync(WorkflowInstance instance, Cases.CaseUpdateRequest update, CancellationToken cancellationToken)
    {
        var updater = caseUpdaters.FirstOrDefault(u => u.Kind == update.Kind)
                      ?? throw new InvalidOperationException($"No case updater handles '{update.Kind}'.");
        await updater.ApplyAsync(instance.CaseId!, update.Arguments, cancellationToken);
    }

    // Events published inside workflows chain into further steps; a cycle of workflows feeding each other stops here.
    private const int MaxEventDepth = 8;
    private int _eventDepth;

    private async Task<WorkflowRunResult> SaveAsync(WorkflowInstance instance, InstanceState state, BurstResult result,
        IReadOnlyList<Bookmark> remaining, CancellationToken cancellationToken, bool writeWithCommit = false)
    {
        instance.State = InstanceStateSerializer.Serialize(state);
        result.Outbox.AddRange(await taskNotices.WriteForBurstAsync(result.EscalatedTaskActivityInstanceIds, result.TaskReminders, instance.UpdatedAt, cancellationToken));
        await instances.SaveBurstAsync(instance, result, cancellationToken, writeNow: !writeWithCommit || result.PublishedEvents.Count > 0);
        // Before the workflows this step starts, so the next phase finds the case as this step left it.
        foreach (var update in result.CaseUpdates)
            await UpdateCaseAsync(instance, update, cancellationToken);
        if (result.PublishedEvents.Count > 0)
        {
            if (++_eventDepth > MaxEventDepth)
                throw new ConflictException("eventName", $"Workflows published events to each other more than {MaxEventDepth} levels deep; stopped to avoid an endless chain.");
            try
            {
                foreach (var published in result.PublishedEvents)
                    await DeliverAsync(published, cancellationToken);
            }
            finally { _eventDepth--; }
        }
        if (result.StartedWorkflows.Count > 0)
        {
            // A phase starting the next, which might start another: the same guard as for events.
            if (++_eventDepth > MaxEventDepth)
                throw new ConflictException("definitionId", $"Workflows started each other more than {MaxEventDepth} levels deep; stopped to avoid an endless chain.");
            try
            {
                foreach (var start in result.StartedWorkflows)
                    await StartRequestedAsync(instance, state, start, cancellationToken);
            }
            finally { _eventDepth--; }
        }
        var waiting = remaining.Where(b => !result.BurnedBookmarkIds.Contains(b.Id)).Concat(result.CreatedBookmarks)
            .Select(b => new WaitingBookmark(b.Id, b.Name, b.ActivityId, b.DueAt)).ToList();
        return new WorkflowRunResult(instance.Id, instance.Status, instance.SubStatus, instance.IncidentCount, waiting);
    }
}

/// <summary>
/// What a step read of a locked instance before resuming it: its bookmarks, the graph it runs on (null when the bookmark
/// asked about or the version is gone) and the activity type waiting on that bookmark.
/// </summary>
public sealed record LockedWaits(string InstanceId, IReadOnlyList<Bookmark> Bookmarks, WorkflowGraph? Graph, string? ActivityType);
