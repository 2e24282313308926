namespace ReturnWorkflows.Cases.Access;

/// <summary>
/// Which cases a viewer may see, as a filter the database applies (so lists and reports never load what they may not
/// show): every case, or those of the offices, of the programmes, or with a task the viewer holds or held; and, as the
/// origin office, the cases returning to <see cref="OriginCountries"/> once someone of the case consented to the
/// transfer of their data to the origin office (those cases without the host office's own sections).
/// </summary>
public sealed record CaseVisibility(bool Everything, IReadOnlyList<string> Offices, IReadOnlyList<string> Programmes, string? TaskHolder,
    IReadOnlyList<string>? OriginCountries = null)
{
    public static readonly CaseVisibility Nothing = new(false, [], [], null);

    public IReadOnlyList<string> Origins => OriginCountries ?? [];

    public bool SeesNothing => !Everything && Offices.Count == 0 && Programmes.Count == 0 && TaskHolder is null && Origins.Count == 0;

    /// <summary>The origin office's rule in memory, for a case the viewer does not see otherwise.</summary>
    public bool AdmitsAsOrigin(string countryOfReturn, bool transferConsented) => transferConsented && Origins.Contains(countryOfReturn);

    /// <summary>The same rule in memory, for one case already loaded.</summary>
    public bool Admits(string hostOffice, string programmeId, bool viewerHeldATask) =>
        Everything || Offices.Contains(hostOffice) || Programmes.Contains(programmeId) || (TaskHolder is not null && viewerHeldATask);
}
