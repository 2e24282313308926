namespace ReturnWorkflows.Cases.Duplicates;

/// <summary>What the duplicate check compares of a person: the name key, the nationality and the year of birth.</summary>
public sealed record PersonMatch(string NameKey, string Nationality, int? BirthYear)
{
    public static PersonMatch Of(string? givenNames, string? familyName, string? nationality, DateOnly? dateOfBirth, int? estimatedYear) =>
        new(Duplicates.NameKey.For(givenNames, familyName), (nationality ?? "").Trim().ToUpperInvariant(), BirthYears.Of(dateOfBirth, estimatedYear));

    /// <summary>The rule the store's query applies in SQL (key and nationality equal, years within the tolerance).</summary>
    public bool Matches(PersonMatch other) =>
        NameKey.Length > 0 && NameKey == other.NameKey && Nationality == other.Nationality && BirthYears.AreClose(BirthYear, other.BirthYear);
}
