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
    TimeProvider timeProvider,
    IActorContext actor)
{
    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    /// <summary>Records who did what to which version, in the same transaction as the change.</summary>
    public async Task AuditAsync(DefinitionAction action, string definitionId, WorkflowDefinitionVersion? version, CancellationToken cancellationToken)
    {
        store.Add(new DefinitionAuditEntry
        {
            Id = IdGenerator.NewId(), DefinitionId = definitionId, VersionId = version?.Id, Version = version?.Version,
            Action = action, Actor = actor.Actor, At = Now,
        });
        await store.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Saves the model as the latest draft: a new definition gets version 1; a draft latest is overwritten in
    /// place; a published latest is cloned into the next version. With <paramref name="publish"/> the result is
    /// then published. <paramref name="versionNumber"/> numbers a new version explicitly (shipped workflows keep
    /// their file's number); it must be higher than every stored one.
    /// </summary>
    /// <param name="basedOn">
    /// The version and revision the editor loaded (the designer sends them back). When given, a save over someone
    /// else's later save is refused (409) instead of silently replacing it.
    /// </param>
    /// <param name="explicitSave">The person pressed Save; the revision is marked so (see <see cref="DefinitionRevision.IsExplicitSave"/>).</param>
    public async Task<WorkflowDefinitionVersion> SaveAsync(WorkflowDefinitionModel model, bool publish, CancellationToken cancellationToken,
        int? versionNumber = null, (string VersionId, int Revision)? basedOn = null, bool explicitSave = false)
    {
        // A copy: the caller's request must stay as sent, or a retried command would hash differently.
        model = WorkflowDefinitionJson.Clone(model);
        var definitionId = string.IsNullOrWhiteSpace(model.DefinitionId) ? IdGenerator.NewId() : model.DefinitionId.Trim();
        DefinitionRules.Check(definitionId, model);
        model.DefinitionId = definitionId;
        await store.LockAsync(definitionId, cancellationToken);
        var latest = await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken);
        if (latest is not null && basedOn is { } loaded && (latest.Id != loaded.VersionId || latest.Revision != loaded.Revision))
            await RefuseStaleSaveAsync(latest, cancellationToken);

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
        store.Add(new DefinitionRevision
        {
            Id = IdGenerator.NewId(), DefinitionId = definitionId, VersionId = draft.Id, Version = draft.Version, Revision = draft.Revision,
            Content = draft.Content, SavedBy = actor.Actor, SavedAt = Now, IsExplicitSave = explicitSave,
        });
        await store.SaveChangesAsync(cancellationToken);

        if (publish)
            await PublishVersionAsync(draft, cancellationToken);
        return draft;
    }

    private async Task RefuseStaleSaveAsync(WorkflowDefinitionVersion latest, CancellationToken cancellationToken)
    {
        var last = await store.FindLastRevisionAsync(latest.Id, cancellationToken);
        // The same person's own saves may overtake each other (the designer auto-saves while an explicit save is
        // in flight): only a colleague's later save is a conflict.
        if (last is not null && last.SavedBy == actor.Actor) return;
        var who = last is null ? "Someone" : last.SavedBy;
        var when = last is null ? latest.UpdatedAt : last.SavedAt;
        throw new ConflictException("model",
            $"{who} changed version {latest.Version} of this workflow at {when:yyyy-MM-dd HH:mm} UTC, after you opened it. " +
            "Reload the editor to see their changes; your unsaved change was not stored.");
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
        await AuditAsync(DefinitionAction.Retracted, definitionId, published, cancellationToken);
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
        await AuditAsync(DefinitionAction.Published, target.DefinitionId, target, cancellationToken);
    }
}
