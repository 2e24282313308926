using ReturnWorkflows.Cases.Duplicates;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfDuplicateCheckLog(ReturnWorkflowsDbContext db) : IDuplicateCheckLog
{
    public void Add(DuplicateCheckRecord record) => db.Set<DuplicateCheckRecord>().Add(record);
}
