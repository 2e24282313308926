using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Runtime;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfWorkflowInstanceQueries(ReturnWorkflowsDbContext db) : IWorkflowInstanceQueries
{
    public Task<int> CountByDefinitionAsync(string definitionId, CancellationToken cancellationToken) =>
        db.WorkflowInstances.CountAsync(i => i.DefinitionId == definitionId, cancellationToken);
}
