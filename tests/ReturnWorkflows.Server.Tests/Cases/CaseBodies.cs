using System.Text.Json.Nodes;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>Request bodies as a client sends them.</summary>
public static class CaseBodies
{
    public static JsonObject Consent(string kind = "DataProcessing", string decision = "Given", string? guardian = null) => new()
    {
        ["kind"] = kind, ["decision"] = decision, ["method"] = "Written", ["language"] = "Urdu", ["interpreter"] = "Interpreter One",
        ["guardian"] = guardian,
    };

    public static JsonObject Details(string given, string family, string relationship, string? born = "1990-05-01", int? estimatedYear = null) => new()
    {
        ["givenNames"] = given, ["familyName"] = family, ["nameInDocument"] = null, ["dateOfBirth"] = born, ["estimatedBirthYear"] = estimatedYear,
        ["sex"] = "Female", ["nationality"] = "PK", ["languages"] = new JsonArray("Urdu", "English"), ["relationship"] = relationship,
    };

    public static JsonObject Person(JsonObject details, JsonObject? consent) => new() { ["details"] = details, ["dataProcessingConsent"] = consent };

    /// <summary>A mother, her husband and their child (whose consent comes through the mother).</summary>
    public static JsonObject Intake(string family = "Khan") => new()
    {
        ["countryOfReturn"] = "PK",
        ["programmeId"] = "dk-avrr-wb",
        ["principal"] = Person(Details("Amina", family, "PrincipalApplicant"), Consent()),
        ["members"] = new JsonArray(
            Person(Details("Tariq", family, "Spouse", "1988-02-03"), Consent()),
            Person(Details("Sara", family, "Child", null, 2019), Consent(guardian: $"Amina {family}"))),
    };
}
