namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// Who a person is, as the counsellor records it. A date of birth when known, else the year the person estimates:
/// many arrive without documents.
/// </summary>
/// <param name="NameInDocument">The name exactly as a travel or identity document writes it, when there is one.</param>
/// <param name="Nationality">A country code (ISO 3166 alpha-2; XK for Kosovo).</param>
/// <param name="Languages">Languages the person understands, the first one preferred.</param>
public sealed record PersonDetails(
    string GivenNames,
    string FamilyName,
    string? NameInDocument,
    DateOnly? DateOfBirth,
    int? EstimatedBirthYear,
    Sex Sex,
    string Nationality,
    IReadOnlyList<string> Languages,
    Relationship Relationship)
{
    /// <summary>Age in whole years on <paramref name="day"/>; from the estimated year, the lower bound (a child is not taken for an adult).</summary>
    public int? AgeOn(DateOnly day)
    {
        if (DateOfBirth is { } born)
            return day.Year - born.Year - (day < born.AddYears(day.Year - born.Year) ? 1 : 0);
        return EstimatedBirthYear is { } year ? day.Year - year - 1 : null;
    }

    public bool IsChildOn(DateOnly day) => AgeOn(day) is < 18;
}
