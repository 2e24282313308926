using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>Cases the browser tests start from, opened through the API as the intake page would.</summary>
internal static class BrowserCases
{
    /// <summary>Opens a case at Sarajevo through the API for a mother and her husband; answers its id.</summary>
    public static async Task<string> OpenAsync(DesignerServer server, string family)
    {
        using var api = server.ApiClient();
        JsonObject Person(string given, string relationship, string born) => new()
        {
            ["details"] = new JsonObject
            {
                ["givenNames"] = given, ["familyName"] = family, ["nameInDocument"] = null, ["dateOfBirth"] = born, ["estimatedBirthYear"] = null,
                ["sex"] = given == "Tariq" ? "Male" : "Female", ["nationality"] = "PK", ["languages"] = new JsonArray("Urdu"), ["relationship"] = relationship,
            },
            ["dataProcessingConsent"] = new JsonObject
            {
                ["kind"] = "DataProcessing", ["decision"] = "Given", ["method"] = "Written", ["language"] = "Urdu", ["interpreter"] = null, ["guardian"] = null,
            },
        };
        var opened = await api.PostAsJsonAsync("/api/cases", new JsonObject
        {
            ["hostOffice"] = "BA-SJJ", ["countryOfReturn"] = "PK", ["programmeId"] = "dk-avrr-wb",
            ["principal"] = Person("Amina", "PrincipalApplicant", "1990-05-01"),
            ["members"] = new JsonArray(Person("Tariq", "Spouse", "1988-02-03")),
        });
        opened.EnsureSuccessStatusCode();
        return (string)(await opened.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!;
    }
}
