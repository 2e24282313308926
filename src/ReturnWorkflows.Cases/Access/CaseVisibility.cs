namespace ReturnWorkflows.Cases.Access;

/// <summary>
/// Which cases a viewer may see, as a filter the database applies (so lists and reports never load what they may not
/// show): every case, or those of the offices, of the programmes, or with a task the viewer holds or held.
/// </summary>
public sealed record CaseVisibility(bool Everything, IReadOnlyList<string> Offices, IReadOnlyList<string> Programmes, string? TaskHolder)
{
    public static readonly CaseVisibility Nothing = new(false, [], [], null);

    public bool SeesNothing => !Everything && Offices.Count == 0 && Programmes.Count == 0 && TaskHolder is null;

    /// <summary>The same rule in memory, for one case already loaded.</summary>
    public bool Admits(string hostOffice, string programmeId, bool viewerHeldATask) =>
        Everything || Offices.Contains(hostOffice) || Programmes.Contains(programmeId) || (TaskHolder is not null && viewerHeldATask);
}
