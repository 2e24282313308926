using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>The intake page's duplicate notice, without script (on submit) and through the handler its script calls.</summary>
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
}
