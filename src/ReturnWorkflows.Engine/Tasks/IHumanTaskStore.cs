namespace ReturnWorkflows.Engine.Tasks;

public interface IHumanTaskStore
{
    Task<HumanTask?> FindAsync(string taskId, CancellationToken cancellationToken);

    Task<IReadOnlyList<HumanTask>> FindByActivityInstancesAsync(IReadOnlyCollection<string> activityInstanceIds, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically moves an open task to the user: true for exactly one of several concurrent claimers. A task returned by
    /// <see cref="FindAsync"/> in the same unit of work shows the claim afterwards, without being read again.
    /// </summary>
    Task<bool> TryClaimAsync(string taskId, string userId, DateTime now, CancellationToken cancellationToken);

    /// <summary>Live tasks past their due date whose holders have not been told yet, earliest first, tracked for update.</summary>
    Task<IReadOnlyList<HumanTask>> FindNewlyOverdueAsync(DateTime now, int limit, CancellationToken cancellationToken);

    Task SaveChangesAsync(CancellationToken cancellationToken);
}
