namespace ReturnWorkflows.Cases.ReferenceData;

/// <summary>
/// An office of the programme. Whether it acts as host or origin office is a property of each case; these flags say
/// what an office does at all (intake needs a hosting office).
/// </summary>
public sealed class Office
{
    public required string Code { get; init; }
    public required string Name { get; set; }

    /// <summary>The country's code (ISO 3166 alpha-2; XK for Kosovo).</summary>
    public required string Country { get; set; }

    /// <summary>An IANA time zone: the office's working day, due dates and case-number year run on its clock.</summary>
    public required string TimeZone { get; set; }

    public bool HostsMigrants { get; set; }

    /// <summary>
    /// How many days before a household's voluntary-departure deadline the case page warns: the host country's
    /// practice (a setting of the office there, not a law); 0: no warning.
    /// </summary>
    public int DepartureDeadlineWarningDays { get; set; } = DefaultDepartureDeadlineWarningDays;

    public const int DefaultDepartureDeadlineWarningDays = 14;
    public bool ReceivesReturnees { get; set; }
}
