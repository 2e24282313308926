using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Designer;

/// <summary>The read side of a definition's history: saved revisions, the audit trail, versions with running instances.</summary>
public sealed class DefinitionHistoryQueries(ReturnWorkflowsDbContext db)
{
    public async Task<IReadOnlyList<RevisionView>> RevisionsAsync(string definitionId, int take, CancellationToken ct) =>
        await db.DefinitionRevisions.AsNoTracking().Where(r => r.DefinitionId == definitionId)
            .OrderByDescending(r => r.SavedAt).ThenByDescending(r => r.Revision).Take(take)
            .Select(r => new RevisionView(r.Id, r.VersionId, r.Version, r.Revision, r.SavedBy, r.SavedAt, r.IsExplicitSave))
            .ToListAsync(ct);

    /// <summary>The latest saves with their content, for <see cref="RevisionBursts"/>.</summary>
    public async Task<IReadOnlyList<RevisionContent>> RevisionContentsAsync(string definitionId, int take, CancellationToken ct) =>
        await db.DefinitionRevisions.AsNoTracking().Where(r => r.DefinitionId == definitionId)
            .OrderByDescending(r => r.SavedAt).ThenByDescending(r => r.Revision).Take(take)
            .Select(r => new RevisionContent(r.Id, r.Version, r.Revision, r.SavedBy, r.SavedAt, r.Content, r.IsExplicitSave))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<DefinitionAuditEntry>> AuditAsync(string definitionId, int take, CancellationToken ct) =>
        await db.DefinitionAudit.AsNoTracking().Where(e => e.DefinitionId == definitionId)
            .OrderByDescending(e => e.At).Take(take).ToListAsync(ct);

    /// <summary>Across all definitions: the versions that real instances still run on (shown above the definition list).</summary>
    public async Task<IReadOnlyList<RunningVersion>> RunningVersionsAsync(CancellationToken ct) =>
        (await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.Status == WorkflowStatus.Running && !i.IsTestRun)
            .GroupBy(i => new { i.DefinitionId, i.DefinitionVersion })
            .Select(g => new RunningVersion(g.Key.DefinitionId, g.Key.DefinitionVersion, g.Count()))
            .ToListAsync(ct))
        .OrderBy(r => r.DefinitionId, StringComparer.Ordinal).ThenByDescending(r => r.Version).ToList();

    /// <summary>Per version of the definition: is it latest or published, and how many real (non-test) instances still run on it.</summary>
    public async Task<IReadOnlyList<VersionUse>> VersionsInUseAsync(string definitionId, CancellationToken ct)
    {
        var running = await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.DefinitionId == definitionId && i.Status == WorkflowStatus.Running && !i.IsTestRun)
            .GroupBy(i => i.DefinitionVersionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var versions = await db.WorkflowDefinitionVersions.AsNoTracking().Where(v => v.DefinitionId == definitionId)
            .OrderByDescending(v => v.Version).Select(v => new { v.Id, v.Version, v.IsLatest, v.IsPublished }).ToListAsync(ct);
        return versions.Select(v => new VersionUse(v.Id, v.Version, v.IsLatest, v.IsPublished, running.GetValueOrDefault(v.Id))).ToList();
    }
}

/// <param name="IsExplicitSave">The person pressed Save; otherwise the designer auto-saved.</param>
public sealed record RevisionView(string Id, string VersionId, int Version, int Revision, string SavedBy, DateTime SavedAt, bool IsExplicitSave);

public sealed record RunningVersion(string DefinitionId, int Version, int RunningInstances);

public sealed record VersionUse(string VersionId, int Version, bool IsLatest, bool IsPublished, int RunningInstances);
