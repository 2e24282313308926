namespace ReturnWorkflows.Cases.Duplicates;

/// <summary>
/// How close two births must be for the duplicate check. Many arrive without documents and estimate their year, and
/// a date typed from memory is often a year out (or is the 1 January an office writes for an unknown day), so the check
/// compares years and allows one either way: 1990 (estimated) matches 1991-05-02. A false match costs a phone call; a
/// missed one, a second case for the same person.
/// </summary>
public static class BirthYears
{
    public const int Tolerance = 1;

    /// <summary>The year a person was born in, from the date or the estimate.</summary>
    public static int? Of(DateOnly? dateOfBirth, int? estimatedYear) => dateOfBirth?.Year ?? estimatedYear;

    public static bool AreClose(int? one, int? other) => one is { } a && other is { } b && Math.Abs(a - b) <= Tolerance;
}
