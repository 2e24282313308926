using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Tests;

/// <summary>Persons and consents as a counsellor would record them.</summary>
internal static class People
{
    public static readonly DateTime Now = new(2027, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    public static PersonDetails Adult(string given = "Amir", string family = "Khan") =>
        new(given, family, null, new DateOnly(1990, 5, 1), null, Sex.Male, "PK", ["Urdu", "English"], Relationship.PrincipalApplicant);

    public static PersonDetails Child(string given = "Sara") =>
        new(given, "Khan", null, null, 2019, Sex.Female, "PK", ["Urdu"], Relationship.Child);

    public static ConsentStatement Consent(ConsentKind kind = ConsentKind.DataProcessing, ConsentDecision decision = ConsentDecision.Given,
        string? guardian = null) => new(kind, decision, ConsentMethod.Written, "Urdu", "Interpreter One", guardian);

    public static ReturnCase OpenCase(params NewPerson[] members) => ReturnCase.Open(
        new CaseOpening("BA-SJJ", "PK", "dk-avrr-wb", new NewPerson(Adult(), Consent()), members),
        new CaseNumber("BA-SJJ", 2027, 42), Now, "counsellor");
}
