using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The duplicate notice of the intake page and of the case page's "Add a family member", without script (on submit)
/// and through the handler their script calls.
/// </summary>
public sealed partial class CasePageTests
{
    [Fact]
    public async Task An_intake_of_a_person_known_elsewhere_shows_the_office_first_and_records_not_the_same_person()
    {
        await api.OpenFamilyAsync("counsellor.belgrade", family: "Noticed");
        using var counsellor = await api.Server.SignedInAsync("counsellor");
        var before = await CountRowsAsync();
        var fields = Family("Noticed");
        fields["principal.details.givenNames"] = "Aminah"; // spelt otherwise than in Belgrade

        // The script's question: the offices only.
        var asked = await PostAsync(counsellor, "DuplicateCheck", new Dictionary<string, string>(fields) { ["person"] = "principal" });
        var answer = JsonNode.Parse(await asked.Content.ReadAsStringAsync())!.AsObject();
        Assert.True((bool)answer["possibleMatch"]!);
        Assert.Equal("RS-BEG", (string)answer["offices"]![0]!["code"]!);
        Assert.DoesNotContain("Noticed", answer.ToJsonString());

        // Without script: the first submit shows the notice and saves nothing.
        var noticed = await PostAsync(counsellor, "", fields);
        Assert.Equal(HttpStatusCode.OK, noticed.StatusCode);
        var html = WebUtility.HtmlDecode(await noticed.Content.ReadAsStringAsync());
        Assert.Matches("A person like this may already be known to <strong data-rw-duplicate-names>[^<]+ \\(RS-BEG\\)</strong>: contact them before opening the case.", html);
        Assert.Contains("name=\"principal.duplicateOffices\" value=\"RS-BEG\"", html);
        Assert.Contains("value=\"Aminah\"", html);
        var after = await CountRowsAsync();
        Assert.Equal((before.Item1, before.Item2, before.Item3), (after.Item1, after.Item2, after.Item3)); // no case, person or consent; the audit says Belgrade's case was shown

        // Sent again with the notice shown and "not the same person" ticked: the case opens and keeps the distinction.
        fields["principal.duplicateOffices"] = "RS-BEG";
        fields["principal.notSamePersonAsKnown"] = "true";
        fields["members[0].duplicateOffices"] = "RS-BEG";
        fields["members[1].duplicateOffices"] = "RS-BEG";
        var registered = await PostAsync(counsellor, "", fields);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var caseId = registered.Headers.Location!.ToString()["/cases/".Length..];
        var distinctions = await api.InDatabaseAsync(db => db.Set<Person>().Where(p => p.CaseId == caseId)
            .Select(p => new { p.Position, Count = p.Distinctions.Count }).OrderBy(p => p.Position).ToListAsync());
        Assert.Equal([1, 0, 0], distinctions.Select(d => d.Count)); // only the principal was ticked
    }

    [Fact]
    public async Task A_member_added_on_the_case_page_who_is_known_elsewhere_shows_the_office_first_and_records_not_the_same_person()
    {
        await api.OpenFamilyAsync("counsellor.belgrade", family: "Added");
        var caseId = (string)(await api.OpenFamilyAsync(family: "Adding"))["caseId"]!;
        using var counsellor = await api.Server.SignedInAsync("counsellor");
        Assert.Contains("Add a family member", await counsellor.GetStringAsync($"/cases/{caseId}"));
        var version = (int)(await api.As("counsellor").GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
        var fields = NewMember("Tariq", "Added", "1988-02-03", version); // on Belgrade's case too

        // The script's question: the offices only.
        var asked = await PostToCaseAsync(counsellor, caseId, "DuplicateCheck", fields);
        var answer = JsonNode.Parse(await asked.Content.ReadAsStringAsync())!.AsObject();
        Assert.True((bool)answer["possibleMatch"]!);
        Assert.Equal("RS-BEG", (string)answer["offices"]![0]!["code"]!);
        Assert.DoesNotContain("Added", answer.ToJsonString());

        // Without script: the first submit shows the notice and adds nobody.
        var noticed = await PostToCaseAsync(counsellor, caseId, "AddMember", fields);
        Assert.Equal(HttpStatusCode.OK, noticed.StatusCode);
        var html = WebUtility.HtmlDecode(await noticed.Content.ReadAsStringAsync());
        Assert.Matches("A person like this may already be known to <strong data-rw-duplicate-names>[^<]+ \\(RS-BEG\\)</strong>", html);
        Assert.Contains("name=\"member.duplicateOffices\" value=\"RS-BEG\"", html);
        Assert.Contains("value=\"Tariq\"", html);
        Assert.Equal(3, await PersonsOfAsync(caseId));

        // Sent again, "not the same person" ticked: the member joins and keeps the distinction.
        fields["member.duplicateOffices"] = "RS-BEG";
        fields["member.notSamePersonAsKnown"] = "true";
        var added = await PostToCaseAsync(counsellor, caseId, "AddMember", fields);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(4, await PersonsOfAsync(caseId));
        var distinctions = await api.InDatabaseAsync(db => db.Set<Person>().Where(p => p.CaseId == caseId)
            .OrderByDescending(p => p.Position).Select(p => p.Distinctions.Count).FirstAsync()); // the one added last
        Assert.Equal(1, distinctions);
        var page = WebUtility.HtmlDecode(await counsellor.GetStringAsync($"/cases/{caseId}"));
        Assert.Contains("Tariq Added is added to the case.", page);

        // A member without their consent is refused beside the box, nothing added.
        var refusedFields = NewMember("Leila", "Adding", "2001-01-01", version + 1);
        refusedFields.Remove("member.dataProcessingConsent");
        var refused = await PostToCaseAsync(counsellor, caseId, "AddMember", refusedFields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Nothing was saved: correct the fields marked below.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(4, await PersonsOfAsync(caseId));
    }

    private static Dictionary<string, string> NewMember(string given, string family, string born, int version) => new()
    {
        ["version"] = version.ToString(), ["member.dataProcessingConsent.language"] = "Urdu",
        ["member.details.givenNames"] = given, ["member.details.familyName"] = family, ["member.details.dateOfBirth"] = born,
        ["member.details.sex"] = "Male", ["member.details.nationality"] = "PK", ["member.details.languages"] = "Urdu",
        ["member.details.relationship"] = "Sibling", ["member.dataProcessingConsent"] = "given", ["member.dataProcessingConsent.method"] = "Written",
    };

    private Task<int> PersonsOfAsync(string caseId) => api.InDatabaseAsync(db => db.Set<Person>().CountAsync(p => p.CaseId == caseId));

    private static async Task<HttpResponseMessage> PostToCaseAsync(HttpClient person, string caseId, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await Browserless.AntiForgeryTokenAsync(person, $"/cases/{caseId}");
        return await person.PostAsync($"/cases/{caseId}?handler={handler}", new FormUrlEncodedContent(fields));
    }
}
