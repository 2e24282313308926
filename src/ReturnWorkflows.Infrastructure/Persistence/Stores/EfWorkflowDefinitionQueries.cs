using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Queries;
using ReturnWorkflows.Engine.Runtime;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfWorkflowDefinitionQueries(ReturnWorkflowsDbContext db) : IWorkflowDefinitionQueries
{
    public async Task<DefinitionListPage> ListAsync(DefinitionListQuery query, CancellationToken cancellationToken)
    {
        var versions = db.WorkflowDefinitionVersions.AsNoTracking();
        if (query.VersionOptions is { } options) versions = versions.Matching(options);
        if (query.DefinitionIds is { Count: > 0 } definitionIds) versions = versions.Where(v => definitionIds.Contains(v.DefinitionId));
        if (query.Ids is { Count: > 0 } ids) versions = versions.Where(v => ids.Contains(v.Id));
        if (query.IsSystem is { } isSystem) versions = versions.Where(v => v.IsSystem == isSystem);
        if (!string.IsNullOrWhiteSpace(query.SearchTerm))
        {
            // Names are matched case-insensitively on both providers (LOWER on each side).
            var term = query.SearchTerm.Trim().ToLower();
            versions = versions.Where(v => (v.Name != null && v.Name.ToLower().Contains(term)) ||
                                           (v.Description != null && v.Description.ToLower().Contains(term)) ||
                                           v.DefinitionId.ToLower() == term);
        }

        var total = await versions.CountAsync(cancellationToken);
        var ordered = (query.OrderBy, query.Descending) switch
        {
            (DefinitionOrder.CreatedAt, false) => versions.OrderBy(v => v.CreatedAt),
            (DefinitionOrder.CreatedAt, true) => versions.OrderByDescending(v => v.CreatedAt),
            (DefinitionOrder.Version, false) => versions.OrderBy(v => v.Version),
            (DefinitionOrder.Version, true) => versions.OrderByDescending(v => v.Version),
            (_, false) => versions.OrderBy(v => v.Name),
            (_, true) => versions.OrderByDescending(v => v.Name),
        };
        var page = await ordered.ThenBy(v => v.DefinitionId).ThenBy(v => v.Version)
            .Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new DefinitionListPage(page, total);
    }

    public async Task<bool> IsNameUniqueAsync(string name, string? exceptDefinitionId, CancellationToken cancellationToken)
    {
        var lower = name.Trim().ToLower();
        return !await db.WorkflowDefinitionVersions.AsNoTracking()
            .AnyAsync(v => v.Name != null && v.Name.ToLower() == lower && v.DefinitionId != exceptDefinitionId, cancellationToken);
    }

    public async Task<IReadOnlyList<RunningInstanceCount>> CountRunningInstancesAsync(IReadOnlyCollection<string> definitionIds, CancellationToken cancellationToken) =>
        await db.WorkflowInstances.AsNoTracking()
            .Where(i => definitionIds.Contains(i.DefinitionId) && i.Status == WorkflowStatus.Running && !i.IsTestRun)
            .GroupBy(i => i.DefinitionVersionId)
            .Select(g => new RunningInstanceCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
}
