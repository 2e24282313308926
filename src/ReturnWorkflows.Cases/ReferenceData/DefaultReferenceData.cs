using ReturnWorkflows.Cases.Access;

namespace ReturnWorkflows.Cases.ReferenceData;

/// <summary>
/// What a new installation starts with: the six Western Balkan host offices, a few origin offices, the usual countries
/// of return, and (with the demo users) one programme shaped like the Danish-funded one in domain.md.
/// Administrators change all of it afterwards; seeding only fills empty tables.
/// </summary>
public static class DefaultReferenceData
{
    public const string DemoProgrammeId = "dk-avrr-wb";
    /// <summary>
    /// The first phase workflow new cases start (<c>workflows/counselling-and-eligibility.json</c>). The event-based
    /// <c>avrr-case-lifecycle</c> it replaces is shipped marked retired: published, so instances started on it run on,
    /// but no programme may choose it.
    /// </summary>
    public const string DefaultLifecycleWorkflowId = "counselling-and-eligibility";

    public static IReadOnlyList<Office> Offices() =>
    [
        Host("AL-TIA", "Tirana", "AL", "Europe/Tirane"),
        Host(OfficeCodes.Sarajevo, "Sarajevo", "BA", "Europe/Sarajevo"),
        Host("XK-PRN", "Pristina", "XK", "Europe/Belgrade"),
        Host("ME-TGD", "Podgorica", "ME", "Europe/Podgorica"),
        Host("MK-SKP", "Skopje", "MK", "Europe/Skopje"),
        Host(OfficeCodes.Belgrade, "Belgrade", "RS", "Europe/Belgrade"),
        Origin(OfficeCodes.Islamabad, "Islamabad", "PK", "Asia/Karachi"),
        Origin("BD-DAC", "Dhaka", "BD", "Asia/Dhaka"),
        Origin("MA-RBA", "Rabat", "MA", "Africa/Casablanca"),
        Origin("IQ-BGW", "Baghdad", "IQ", "Asia/Baghdad"),
    ];

    public static IReadOnlyList<CountryOfReturn> Countries(DateOnly since)
    {
        CountryOfReturn Country(string code, string name, ReturnStatus status = ReturnStatus.Open) =>
            new() { Code = code, Name = name, Status = status, StatusEffectiveFrom = since };
        return
        [
            Country("AF", "Afghanistan", ReturnStatus.CaseByCase), Country("AL", "Albania"), Country("BA", "Bosnia and Herzegovina"),
            Country("BD", "Bangladesh"), Country("DZ", "Algeria"), Country("EG", "Egypt"), Country("IN", "India"), Country("IQ", "Iraq"),
            Country("IR", "Iran", ReturnStatus.CaseByCase), Country("LY", "Libya", ReturnStatus.Suspended), Country("MA", "Morocco"),
            Country("ME", "Montenegro"), Country("MK", "North Macedonia"), Country("NP", "Nepal"), Country("PK", "Pakistan"),
            Country("RS", "Serbia"), Country("SY", "Syria", ReturnStatus.Suspended), Country("TN", "Tunisia"),
            Country("XK", "Kosovo (UNSCR 1244)"), Country("YE", "Yemen", ReturnStatus.Suspended),
        ];
    }

    /// <summary>
    /// 24 months from the start of <paramref name="today"/>'s year, at least 500 returns and 300 people given reintegration
    /// support, in the six host offices.
    /// </summary>
    public static Programme DemoProgramme(string managerUserName, DateOnly today, string? capApproverUserName = null)
    {
        var start = new DateOnly(today.Year, 1, 1);
        var end = start.AddMonths(24).AddDays(-1);
        return new Programme
        {
            Id = DemoProgrammeId,
            Name = "AVRR Western Balkans (Danish-funded)",
            Donor = "Denmark",
            Currency = "EUR",
            StartDate = start,
            LastIntakeDate = end.AddMonths(-3),
            LastDepartureDate = end.AddMonths(-1),
            EndDate = end,
            Offices = ["AL-TIA", OfficeCodes.Sarajevo, "XK-PRN", "ME-TGD", "MK-SKP", OfficeCodes.Belgrade],
            Managers = capApproverUserName is null ? [managerUserName] : [managerUserName, capApproverUserName],
            CapApprovers = capApproverUserName is null ? [] : [capApproverUserName],
            ReturnsTarget = 500,
            ReintegrationTarget = 300,
            // Sample caps for the demo: the programme's own figures replace them.
            CapPerPerson = 2_000m,
            CapPerHousehold = 5_000m,
            LifecycleWorkflowId = DefaultLifecycleWorkflowId,
        };
    }

    private static Office Host(string code, string name, string country, string zone) =>
        new() { Code = code, Name = name, Country = country, TimeZone = zone, HostsMigrants = true, ReceivesReturnees = true };

    private static Office Origin(string code, string name, string country, string zone) =>
        new() { Code = code, Name = name, Country = country, TimeZone = zone, ReceivesReturnees = true };

}
