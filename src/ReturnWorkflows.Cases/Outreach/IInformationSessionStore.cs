namespace ReturnWorkflows.Cases.Outreach;

/// <summary>The information sessions; Infrastructure maps it onto a table. A session is saved with the command that records it.</summary>
public interface IInformationSessionStore
{
    void Add(InformationSession session);

    /// <summary>Sessions held from <paramref name="from"/> to <paramref name="to"/> (inclusive, either open), newest first.</summary>
    /// <param name="offices">The offices whose sessions to list; null for all.</param>
    Task<IReadOnlyList<InformationSession>> ListAsync(IReadOnlyCollection<string>? offices, DateOnly? from, DateOnly? to, CancellationToken cancellationToken);
}
