using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfWorkflowDefinitionStore(ReturnWorkflowsDbContext db) : IWorkflowDefinitionStore
{
    public async Task LockAsync(string definitionId, CancellationToken cancellationToken)
    {
        // SQLite transactions begin IMMEDIATE and so already hold the database's single write lock.
        if (!db.Database.IsNpgsql()) return;
        var key = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("workflow-definition:" + definitionId)));
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
    }

    public Task<WorkflowDefinitionVersion?> FindAsync(string definitionId, VersionOptions versionOptions, CancellationToken cancellationToken) =>
        Filter(definitionId, versionOptions).OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);

    public Task<WorkflowDefinitionVersion?> FindByIdAsync(string versionId, CancellationToken cancellationToken) =>
        db.WorkflowDefinitionVersions.FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken);

    public Task<int?> RevisionOfAsync(string versionId, CancellationToken cancellationToken) =>
        db.WorkflowDefinitionVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => (int?)v.Revision).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<WorkflowDefinitionVersion>> FindManyAsync(string definitionId, VersionOptions versionOptions, CancellationToken cancellationToken) =>
        await Filter(definitionId, versionOptions).OrderBy(v => v.Version).ToListAsync(cancellationToken);

    public async Task<int> GetHighestVersionAsync(string definitionId, CancellationToken cancellationToken) =>
        await db.WorkflowDefinitionVersions.Where(v => v.DefinitionId == definitionId).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;

    public void Add(WorkflowDefinitionVersion version) => db.WorkflowDefinitionVersions.Add(version);

    public void Add(DefinitionRevision revision) => db.DefinitionRevisions.Add(revision);

    public void Add(DefinitionAuditEntry entry) => db.DefinitionAudit.Add(entry);

    public Task<DefinitionRevision?> FindRevisionAsync(string revisionId, CancellationToken cancellationToken) =>
        db.DefinitionRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId, cancellationToken);

    public Task<DefinitionRevision?> FindLastRevisionAsync(string versionId, CancellationToken cancellationToken) =>
        db.DefinitionRevisions.AsNoTracking().Where(r => r.VersionId == versionId).OrderByDescending(r => r.Revision).FirstOrDefaultAsync(cancellationToken);

    public void Remove(WorkflowDefinitionVersion version) => db.WorkflowDefinitionVersions.Remove(version);

    public Task SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    private IQueryable<WorkflowDefinitionVersion> Filter(string definitionId, VersionOptions options) =>
        db.WorkflowDefinitionVersions.Where(v => v.DefinitionId == definitionId).Matching(options);
}

internal static class VersionQueries
{
    /// <summary><see cref="VersionOptions"/> spelled as SQL, so the database does the filtering.</summary>
    public static IQueryable<WorkflowDefinitionVersion> Matching(this IQueryable<WorkflowDefinitionVersion> query, VersionOptions options)
    {
        if (options.IsSpecific)
            return query.Where(v => v.Version == options.Version);
        if (options == VersionOptions.Latest) return query.Where(v => v.IsLatest);
        if (options == VersionOptions.Published) return query.Where(v => v.IsPublished);
        if (options == VersionOptions.LatestOrPublished) return query.Where(v => v.IsLatest || v.IsPublished);
        if (options == VersionOptions.LatestAndPublished) return query.Where(v => v.IsLatest && v.IsPublished);
        if (options == VersionOptions.Draft) return query.Where(v => !v.IsPublished);
        return query;
    }
}
