using System.Net;
using System.Text.Json.Nodes;

namespace ReturnWorkflows.Server.Tests.ElsaApi;

/// <summary>What the designer needs to draw activities and edit inputs, generated from our activity classes.</summary>
public sealed class DescriptorApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task Activity_descriptors_carry_inputs_outputs_and_ports_as_the_Studio_reads_them()
    {
        var descriptors = await api.Manager.GetJsonAsync("/elsa/api/descriptors/activities?Refresh=True");
        var items = descriptors["items"]!.AsArray();

        Assert.Equal(items.Count, (int)descriptors["count"]!);
        var writeLine = items.Single(d => (string?)d!["typeName"] == "Elsa.WriteLine")!;
        var text = writeLine["inputs"]!.AsArray().Single(i => (string?)i!["name"] == "Text")!;
        Assert.Equal("String", (string?)text["typeName"]);
        Assert.Equal("singleline", (string?)text["uiHint"]);
        Assert.True((bool)text["isWrapped"]!);
        Assert.Equal([("Done", "Flow")], writeLine["ports"]!.AsArray().Select(p => ((string)p!["name"]!, (string)p["type"]!)));
        var decision = items.Single(d => (string?)d!["typeName"] == "Elsa.FlowDecision")!;
        Assert.Equal(["True", "False"], decision["ports"]!.AsArray().Select(p => (string?)p!["name"]));
        var flowchart = items.Single(d => (string?)d!["typeName"] == "Elsa.Flowchart")!;
        Assert.True((bool)flowchart["isContainer"]!);
        Assert.Contains(items, d => (string?)d!["typeName"] == "ReturnWorkflows.UserTask" && (string?)d["kind"] == "Task");
        // A dropped task starts with a blank name, so the Studio labels it by its type ("User task", "Intake review")
        // rather than "UserTask1"; other activities keep the Studio's generated name.
        Assert.All(items.Where(d => (string?)d!["kind"] == "Task"), d => Assert.Equal("", (string?)d!["constructionProperties"]!["name"]));
        Assert.Null(writeLine["constructionProperties"]!["name"]);
    }

    [Fact]
    public async Task A_user_tasks_form_role_and_office_are_dropdowns_of_what_the_server_knows()
    {
        var items = (await api.Manager.GetJsonAsync("/elsa/api/descriptors/activities"))["items"]!.AsArray();
        var inputs = items.Single(d => (string?)d!["typeName"] == "ReturnWorkflows.UserTask")!["inputs"]!.AsArray();

        IReadOnlyList<(string? Text, string? Value)> Choices(string input)
        {
            var descriptor = inputs.Single(i => (string?)i!["name"] == input)!;
            Assert.Equal("dropdown", (string?)descriptor["uiHint"]);
            return descriptor["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]!.AsArray().Select(o => ((string?)o!["text"], (string?)o["value"])).ToList();
        }

        Assert.Contains(("Counselling session (counselling-session)", "counselling-session"), Choices("FormKey"));
        Assert.Contains(("Counsellor", "Counsellor"), Choices("CandidateRole"));
        Assert.Contains(("Operations officer", "OperationsOfficer"), Choices("CandidateRole"));
        Assert.DoesNotContain(Choices("CandidateRole"), c => c.Value == "Administrator");
        Assert.Contains(("BA-SJJ", "BA-SJJ"), Choices("CandidateOffice"));
    }

    [Fact]
    public async Task Enter_next_phase_offers_the_published_workflows()
    {
        var items = (await api.Manager.GetJsonAsync("/elsa/api/descriptors/activities"))["items"]!.AsArray();
        var phase = items.Single(d => (string?)d!["typeName"] == "ReturnWorkflows.Cases.StartPhase")!["inputs"]!.AsArray()
            .Single(i => (string?)i!["name"] == "Phase")!;
        Assert.Equal("dropdown", (string?)phase["uiHint"]);
        var choices = phase["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]!.AsArray().Select(o => ((string?)o!["text"], (string?)o["value"])).ToList();
        Assert.Contains(("Counselling and eligibility (counselling-and-eligibility)", "counselling-and-eligibility"), choices);
    }

    [Fact]
    public async Task The_case_activities_are_listed_under_Return_case_with_fixed_ports_and_only_what_a_programme_may_change()
    {
        var items = (await api.Manager.GetJsonAsync("/elsa/api/descriptors/activities"))["items"]!.AsArray();
        var caseActivities = items.Where(d => (string?)d!["category"] == "Return case").ToList();
        Assert.Equal(
            ["Approval above the cap", "Arrival confirmation", "Closure at the end of support", "Counselling session", "Departure confirmation", "Eligibility approval", "Eligibility proposal", "Embassy-contact consent", "Enter next phase", "Fit-to-travel check", "Flight booking", "Hand-over decision", "Hand-over offer", "Intake review", "Lost contact: propose closure", "Lost-contact watch", "Monitoring contact", "Monitoring plan", "Pre-departure briefing", "Protection screen", "Reintegration delivery", "Reintegration plan", "Reintegration plan approval", "Return application and informed consent", "Sustainability survey", "Travel document receipt", "Travel document request", "Vulnerability assessment", "Wait for the next monitoring contact"],
            caseActivities.Select(d => (string?)d!["displayName"]).Order());
        Assert.All(caseActivities, d => Assert.False(string.IsNullOrWhiteSpace((string?)d!["description"])));

        var counselling = caseActivities.Single(d => (string?)d!["typeName"] == "ReturnWorkflows.Cases.CounsellingSession")!;
        Assert.Equal(["Decided to return", "Needs time", "Declined", "Escalated"], counselling["ports"]!.AsArray().Select(p => (string?)p!["name"]));
        var inputs = counselling["inputs"]!.AsArray();
        // No form, office code, assignee or outcomes to type: those are the activity's own or come from the case.
        Assert.Equal(["Title", "Office", "CandidateRole", "Due", "Reminders", "EscalateAfter", "Priority"], inputs.Select(i => (string?)i!["name"]));
        JsonNode Input(string name) => inputs.Single(i => (string?)i!["name"] == name)!;
        IEnumerable<string?> Choices(string name) => Input(name)["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]!.AsArray().Select(o => (string?)o!["value"]);
        Assert.Equal(["Host", "Origin"], Choices("Office"));
        Assert.Equal(["Counsellor", "Supervisor"], Choices("CandidateRole"));
        Assert.Equal(("Counselling session", "+3 working days", "Host", "Counsellor"),
            ((string?)Input("Title")["defaultValue"], (string?)Input("Due")["defaultValue"], (string?)Input("Office")["defaultValue"], (string?)Input("CandidateRole")["defaultValue"]));
        Assert.Contains(counselling["outputs"]!.AsArray(), o => (string?)o!["name"] == "Decision");
        var review = caseActivities.Single(d => (string?)d!["typeName"] == "ReturnWorkflows.Cases.IntakeReview")!;
        Assert.Equal(["Complete", "Needs correction", "Escalated"], review["ports"]!.AsArray().Select(p => (string?)p!["name"]));
        Assert.Equal("Intake review", (string?)review["inputs"]!.AsArray().Single(i => (string?)i!["name"] == "Title")!["defaultValue"]);
        // Only the protection roles assess vulnerabilities; only a supervisor approves eligibility.
        IEnumerable<string?> RolesOf(string type) => caseActivities.Single(d => (string?)d!["typeName"] == type)!["inputs"]!.AsArray()
            .Single(i => (string?)i!["name"] == "CandidateRole")!["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]!.AsArray().Select(o => (string?)o!["value"]);
        Assert.Equal(["ProtectionOfficer", "Supervisor"], RolesOf("ReturnWorkflows.Cases.VulnerabilityAssessment"));
        Assert.Equal(["Supervisor"], RolesOf("ReturnWorkflows.Cases.EligibilityApproval"));
        var screen = caseActivities.Single(d => (string?)d!["typeName"] == "ReturnWorkflows.Cases.ProtectionScreen")!;
        Assert.Equal(["No concerns", "Concerns found", "Escalated"], screen["ports"]!.AsArray().Select(p => (string?)p!["name"]));
        var watch = caseActivities.Single(d => (string?)d!["typeName"] == "ReturnWorkflows.Cases.LostContactWatch")!;
        Assert.Equal(["Lost contact"], watch["ports"]!.AsArray().Select(p => (string?)p!["name"]));
        Assert.Equal("+30 days", (string?)watch["inputs"]!.AsArray().Single(i => (string?)i!["name"] == "After")!["defaultValue"]);
    }

    [Fact]
    public async Task The_other_descriptors_are_real_and_never_empty_where_the_Studio_needs_them()
    {
        var expressions = (await api.Manager.GetJsonAsync("/elsa/api/descriptors/expression-descriptors"))["items"]!.AsArray();
        var drivers = (await api.Manager.GetJsonAsync("/elsa/api/descriptors/storage-drivers"))["items"]!.AsArray();
        var variables = (await api.Manager.GetJsonAsync("/elsa/api/descriptors/variables"))["items"]!.AsArray();
        var incidents = (await api.Manager.GetJsonAsync("/elsa/api/descriptors/incident-strategies"))["items"]!.AsArray();

        Assert.Equal("javascript", (string?)expressions.Single(e => (string?)e!["type"] == "JavaScript")!["properties"]!["MonacoLanguage"]);
        Assert.DoesNotContain(expressions, e => (string?)e!["type"] is "CSharp" or "Python"); // never C# in designer expressions
        Assert.Equal("Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core", (string?)drivers[0]!["typeName"]);
        Assert.Contains(variables, v => (string?)v!["typeName"] == "Int32");
        Assert.Contains(incidents, s => ((string?)s!["typeName"])!.StartsWith("Elsa.Workflows.IncidentStrategies.ContinueWithIncidentsStrategy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GET", "/elsa/api/features/installed")]
    [InlineData("GET", "/elsa/api/package/version")]
    [InlineData("GET", "/elsa/api/descriptors/workflow-activation-strategies")]
    [InlineData("GET", "/elsa/api/descriptors/log-persistence-strategies")]
    [InlineData("GET", "/elsa/api/descriptors/commit-strategies/workflows")]
    [InlineData("GET", "/elsa/api/descriptors/commit-strategies/activities")]
    [InlineData("GET", "/elsa/api/descriptors/output-converters")]
    [InlineData("GET", "/elsa/api/resilience/strategies")]
    [InlineData("GET", "/elsa/api/workflow-contexts/provider-descriptors")]
    [InlineData("POST", "/elsa/api/scripting/javascript/type-definitions/x")]
    [InlineData("POST", "/elsa/api/descriptors/activities/Elsa.WriteLine/options/Text")]
    public async Task Endpoints_we_do_not_serve_answer_valid_empty_values(string method, string url)
    {
        var response = await api.Manager.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length > 0 && body[0] == '{' && JsonNode.Parse(body)!["items"] is JsonArray items)
            Assert.NotNull(items);
    }

    [Fact]
    public async Task The_api_refuses_a_counsellor_key()
    {
        // A counsellor has no designer token; a key with the Counsellor role is refused too.
        var key = Identity.ApiCredentialTestsSupport.NewStoredKey(api.Server, "Counsellor");
        using var counsellor = api.Server.WithApiKey(await key);

        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.GetAsync("/elsa/api/workflow-definitions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await counsellor.GetAsync("/api/me")).StatusCode);
    }
}
