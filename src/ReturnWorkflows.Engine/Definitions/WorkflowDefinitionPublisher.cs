using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions.Validation;

namespace ReturnWorkflows.Engine.Definitions;

/// <summary>
/// Elsa's version rules (elsa-semantics.md §1): save as draft, publish, retract. The database enforces the
/// invariants (one latest, one published, unique version numbers); this class decides the transitions.
/// Callers run it inside a unit of work.
/// </summary>
public sealed class WorkflowDefinitionPublisher(
    IWorkflowDefinitionStore store,
    WorkflowDefinitionValidator validator,
    TimeProvider timeProvider)
{
    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Saves the model as the latest draft: a new definition gets version 1; a draft latest is overwritten in
    /// place; a published latest is cloned into the next version. With <paramref name="publish"/> the result is
    /// then published. <paramref name="versionNumber"/> numbers a new version explicitly (shipped workflows keep
    /// their file's number); it must be higher than every stored one.
    /// </summary>
    public async Task<WorkflowDefinitionVersion> SaveAsync(WorkflowDefinitionModel model, bool publish, CancellationToken cancellationToken, int? versionNumber = null)
    {
        // A copy: the caller's request must stay as sent, or a retried command would hash differently.
        model = WorkflowDefinitionJson.Clone(model);
        var definitionId = string.IsNullOrWhiteSpace(model.DefinitionId) ? IdGenerator.NewId() : model.DefinitionId.Trim();
        DefinitionRules.Check(definitionId, model);
        model.DefinitionId = definitionId;
        await store.LockAsync(definitionId, cancellationToken);
        var latest = await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken);

        WorkflowDefinitionVersion draft;
        if (latest is null)
        {
            draft = WorkflowDefinitionVersion.Create(IdGenerator.NewId(), definitionId, versionNumber ?? 1, model, Now);
            draft.SetFlags(isLatest: true, isPublished: false, Now);
            store.Add(draft);
        }
        else if (!latest.IsPublished)
        {
            latest.ReplaceContent(model, Now);
            draft = latest;
        }
        else
        {
            var next = Math.Max(versionNumber ?? 0, await store.GetHighestVersionAsync(definitionId, cancellationToken) + 1);
            // The published version stays published but stops being the latest; flush that first so the
            // "one latest per definition" index never sees two at once.
            latest.SetFlags(isLatest: false, isPublished: true, Now);
            await store.SaveChangesAsync(cancellationToken);
            draft = WorkflowDefinitionVersion.Create(IdGenerator.NewId(), definitionId, next, model, Now);
            draft.SetFlags(isLatest: true, isPublished: false, Now);
            store.Add(draft);
        }
        await store.SaveChangesAsync(cancellationToken);

        if (publish)
            await PublishVersionAsync(draft, cancellationToken);
        return draft;
    }

    /// <summary>Publishes the latest version. Returns it and whether it was already published (then nothing changes).</summary>
    public async Task<(WorkflowDefinitionVersion Version, bool AlreadyPublished)> PublishAsync(string definitionId, CancellationToken cancellationToken)
    {
        await store.LockAsync(definitionId, cancellationToken);
        var latest = await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken)
                     ?? throw new NotFoundException("definitionId", $"No workflow definition '{definitionId}' exists.");
        if (latest.IsPublished)
            return (latest, true);
        await PublishVersionAsync(latest, cancellationToken);
        return (latest, false);
    }

    /// <summary>Retracts the published version: it stays stored but no longer starts new instances.</summary>
    public async Task<WorkflowDefinitionVersion> RetractAsync(string definitionId, CancellationToken cancellationToken)
    {
        await store.LockAsync(definitionId, cancellationToken);
        var candidates = await store.FindManyAsync(definitionId, VersionOptions.LatestOrPublished, cancellationToken);
        if (candidates.Count == 0)
            throw new NotFoundException("definitionId", $"No workflow definition '{definitionId}' exists.");
        var published = candidates.FirstOrDefault(v => v.IsPublished)
                        ?? throw new CommandRejectedException("definitionId", $"Workflow definition '{definitionId}' has no published version to retract.");
        published.SetFlags(published.IsLatest, isPublished: false, Now);
        await store.SaveChangesAsync(cancellationToken);
        return published;
    }

    private async Task PublishVersionAsync(WorkflowDefinitionVersion target, CancellationToken cancellationToken)
    {
        var errors = validator.Validate(target.ToModel());
        if (errors.Count > 0)
            throw new WorkflowValidationException(errors);

        var others = await store.FindManyAsync(target.DefinitionId, VersionOptions.LatestOrPublished, cancellationToken);
        foreach (var other in others.Where(v => v.Id != target.Id))
            other.SetFlags(isLatest: false, isPublished: false, Now);
        await store.SaveChangesAsync(cancellationToken);

        target.SetFlags(isLatest: true, isPublished: true, Now);
        await store.SaveChangesAsync(cancellationToken);
    }
}
