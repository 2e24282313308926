using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.Localization;

/// <summary>
/// The case pages in Serbian with every section filled (people, consents, a vulnerability, the counselling record,
/// the protection screen and the eligibility proposal, a contact, open tasks), the case list, the intake (blank and refused), outreach and the
/// reference data, a notice in the bell: no key missing from the Serbian resources, and none of the pages' English words left in the text a
/// person reads. Dates in the viewer's culture. The API's refusals and field errors come back in Serbian when asked
/// for, in English otherwise, with the field names unchanged.
/// </summary>
public sealed partial class SerbianCasePagesTests : IAsyncLifetime
{
    private readonly string _database = ServerFactory.NewSqliteDatabase();
    private ServerFactory _server = null!;
    private MissingTranslations _missing = null!;

    /// <summary>English the case pages write in their own words; none may be read on a Serbian page.</summary>
    private static readonly string[] CasePageEnglish =
    [
        "Back to the cases", "Audit trail", "Country of return", "Last changed", "People", "Relationship", "Nationality",
        "Name in document", "Consents", "Decision", "Interpreter", "Guardian", "Recorded", "Vulnerabilities", "None recorded",
        "Findings", "Counselling", "Intake review", "Reviewed", "Explained", "Country sheet", "Protection and eligibility", "Step",
        "Outcome", "Details", "Legal status", "Programmes", "Open tasks", "Contacts", "Log a contact", "Withdrawal and closure",
        "Documents", "Principal applicant", "Spouse or partner", "Child", "Female", "Male", "Written", "Given",
        "Processing of their data", "Single parent", "Phone", "Decided to return", "No concerns", "Protection screen", "Complete",
        "return process", "alternatives", "right to withdraw", "(estimated)", "about 2019", " by counsellor", "UTC", "and family",
        "people", "Waiting for",
    ];

    private static readonly string[] ListEnglish =
    [
        "Register a case", "The cases of your office", "Case number or name", "Office", "Country of return", "All",
        "Vulnerability", "Any", "Only cases with an overdue task", "Search", "Number", "Principal applicant", "People", "Opened",
        "Open", "Closed", "Single parent", "Case pages", "No case matches", "Try another number", "show all cases",
    ];

    private static readonly string[] IntakeEnglish =
    [
        "Register a case", "Back to the cases", "The household travelling together", "The case", "Office", "Programme",
        "Choose…", "Country of return", "Language of the session", "Interpreter", "Principal applicant", "Given names",
        "Family name", "Name as written", "Date of birth", "estimated year", "Sex", "Female", "Male", "Not recorded",
        "Nationality", "Languages they understand", "Consent to the processing", "Nothing about a person", "Has given their consent",
        "How it was given", "Written", "Verbally", "Guardian", "Add a family member", "Register the case", "Cancel",
        "Family member", "Spouse or partner", "Not the same person", "Nothing was saved", "Write the date of birth",
        "The person is a child",
    ];

    public Task InitializeAsync()
    {
        _server = new ServerFactory(ServerFactory.Sqlite(_database), host => host.ConfigureTestServices(services =>
        {
            services.AddSingleton<ResourceManagerStringLocalizerFactory>();
            services.AddSingleton<MissingTranslations>(s => new MissingTranslations(s.GetRequiredService<ResourceManagerStringLocalizerFactory>()));
            services.AddSingleton<IStringLocalizerFactory>(s => s.GetRequiredService<MissingTranslations>());
        }));
        _missing = _server.Services.GetRequiredService<MissingTranslations>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        ServerFactory.DeleteSqlite(_database);
    }

    [Fact]
    public async Task The_case_pages_in_serbian_have_every_text_translated_and_no_english_left()
    {
        using var counsellor = Serbian(await _server.SignedInAsync("counsellor"));
        using var english = await _server.SignedInAsync("counsellor");
        var emptyList = await PageAsync(counsellor, "/cases");
        Assert.Contains("Još nema slučajeva", emptyList);
        NoEnglish(emptyList, "/cases (empty)", "No cases yet", "A case is opened at intake", "Register a case");

        var caseId = await CaseWithEverySectionAsync();

        // A notice is stored in English; the bell says its words in Serbian, the task's title (here a Serbian one) as it is.
        await using (var scope = _server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
            db.Notifications.Add(new Engine.Notifications.Notification
            {
                Id = "serbian-notice", UserName = "counsellor", Kind = Engine.Notifications.NotificationKind.TaskOverdue, Title = "Overdue: Razgovor sa porodicom",
                Link = "/inbox", CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var list = await PageAsync(counsellor, "/cases");
        Assert.Contains("Glavni podnosilac zahteva", list);
        Assert.Contains("Kasni: Razgovor sa porodicom", list);
        NoEnglish(list, "/cases (the bell)", "Overdue");
        NoEnglish(list, "/cases", ListEnglish);
        NoEnglish(await PageAsync(counsellor, "/cases?q=nobody-at-all"), "/cases (no match)", ListEnglish);
        var badStatus = await PageAsync(counsellor, "/cases?status=Lost", expected: 400);
        Assert.Contains("status mora biti jedno od: Open, Closed.", badStatus); // a page's own refusal, translated too
        NoEnglish(badStatus, "/cases?status=Lost", "must be one of");
        Assert.Contains("„lost” nije prikaz; koristite jedan od:", await PageAsync(counsellor, "/inbox?view=lost", expected: 400));

        var intake = await PageAsync(counsellor, "/cases/new");
        Assert.Contains("Saglasnost za obradu podataka", intake);
        NoEnglish(intake, "/cases/new", IntakeEnglish);
        var refused = await RefusedIntakeAsync(counsellor);
        Assert.Contains("Ništa nije sačuvano: ispravite polja označena ispod.", refused);
        Assert.Contains("Napišite datum rođenja kao godina-mesec-dan (1990-05-01).", refused);
        Assert.Contains("Osoba je dete: saglasnost daje preko staratelja; navedite staratelja.", refused);
        NoEnglish(refused, "/cases/new (refused)", IntakeEnglish);

        var page = await PageAsync(counsellor, $"/cases/{caseId}");
        foreach (var section in new[] { "Osobe", "Saglasnosti", "Ranjivosti", "Savetovanje", "Zaštita i ispunjenost uslova", "Kontakti", "Pravni status", "Programi", "Otvoreni zadaci" })
            Assert.Contains($">{section}</h2>", page);
        foreach (var word in new[] { "Glavni podnosilac zahteva", "Supružnik ili partner", "Dete", "Žensko", "Obrada njihovih podataka", "Data", "Pismeno",
                     "Samohrani roditelj", "Telefon", "Odlučio/la se za povratak", "Predlog o ispunjenosti uslova", "Ispunjava uslove", "oko 2019. (procena)" })
            Assert.True(page.Contains(word, StringComparison.Ordinal), $"Not on the case page: {word}\n{VisibleText(page)}");
        // The timeline's sentences are ours and in Serbian; the task titles and outcomes they quote are the workflow
        // design's own words (the designer stays English), so that section is left out of the search for English.
        Assert.Contains("je otvorio/la slučaj.", page);
        NoEnglish(WithoutTimeline(page), $"/cases/{caseId}", CasePageEnglish);

        // Dates and times in the viewer's culture, on the office's clock (Sarajevo): the same instant reads differently in English.
        var opened = DateTime.Parse((string)(await (await _server.WithAccessTokenAsync("counsellor")).GetJsonAsync($"/api/cases/{caseId}"))["createdAt"]!,
            CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        var local = TimeZoneInfo.ConvertTimeFromUtc(opened, TimeZoneInfo.FindSystemTimeZoneById("Europe/Sarajevo"));
        Assert.Contains(local.ToString("g", new CultureInfo("sr-Latn-RS")), page);
        var inEnglish = await PageAsync(english, $"/cases/{caseId}");
        Assert.Contains(local.ToString("g", new CultureInfo("en")), inEnglish);
        Assert.Contains(">Vulnerabilities</h2>", inEnglish);
        Assert.Contains("Single parent", inEnglish);

        // The supervisor reads the protection screen too.
        using var supervisor = Serbian(await _server.SignedInAsync("supervisor"));
        var supervised = await PageAsync(supervisor, $"/cases/{caseId}");
        Assert.Contains("Procena zaštite", supervised);
        Assert.Contains("Bez zabrinutosti", supervised);
        NoEnglish(WithoutTimeline(supervised), $"/cases/{caseId} (supervisor)", CasePageEnglish);
        Assert.Contains("Revizijski trag", await PageAsync(supervisor, $"/cases/{caseId}/audit"));

        // Outreach and reference data: their own words are Serbian too.
        NoEnglish(await PageAsync(counsellor, "/outreach"), "/outreach", "Information sessions", "Record a session", "Held from", "Show");
        NoEnglish(await PageAsync(counsellor, "/outreach/new"), "/outreach/new", "Who came", "Record the session", "Reception centre");
        using var administrator = Serbian(await _server.SignedInAsync("admin"));
        NoEnglish(await PageAsync(administrator, "/admin/reference-data"), "/admin/reference-data", "Countries of return", "Offices", "Programmes", "Case by case");
        NoEnglish(await PageAsync(administrator, "/admin/countries/PK"), "/admin/countries/PK", "Save", "All reference data");
        NoEnglish(await PageAsync(administrator, "/admin/offices/BA-SJJ"), "/admin/offices/BA-SJJ", "Time zone", "Hosts migrants", "Save");
        NoEnglish(await PageAsync(administrator, "/admin/programmes/dk-avrr-wb"), "/admin/programmes/dk-avrr-wb", "Donor", "Lifecycle workflow", "Save");

        Assert.True(_missing.Missing.IsEmpty, "Not in the Serbian resources:\n" + string.Join("\n", _missing.Missing.Keys.Order()));
    }

    [Fact]
    public async Task A_refusal_and_a_field_error_of_the_api_are_in_serbian_when_asked_for_and_in_english_otherwise()
    {
        using var serbian = Serbian(await _server.WithAccessTokenAsync("counsellor"));
        using var english = await _server.WithAccessTokenAsync("counsellor");

        // The task engine's refusal.
        foreach (var (client, title, message) in new[]
                 {
                     (serbian, "Nije pronađeno", "Zadatak „none” ne postoji."),
                     (english, "Not found", "Task 'none' does not exist."),
                 })
        {
            var answer = await client.PostAsJsonAsync("/api/tasks/none/complete", new JsonObject { ["outcome"] = "Done" });
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            var problem = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal(title, (string?)problem["title"]);
            Assert.Equal(message, (string?)problem["errors"]!["taskId"]![0]);
        }

        // A validator's field error: the field's name stays the API's.
        foreach (var (client, message) in new[]
                 {
                     (serbian, "Navedite zemlju povratka dvoslovnom oznakom."),
                     (english, "Give the country of return as a two-letter code."),
                 })
        {
            var body = Cases.CaseBodies.Intake("Refused");
            body["countryOfReturn"] = "Pakistan";
            var answer = await client.PostAsJsonAsync("/api/cases", body);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            var errors = (await answer.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
            Assert.Equal(["countryOfReturn"], errors.Select(e => e.Key));
            Assert.Equal(message, (string?)errors["countryOfReturn"]![0]);
        }
        Assert.True(_missing.Missing.IsEmpty, "Not in the Serbian resources:\n" + string.Join("\n", _missing.Missing.Keys.Order()));
    }

    [Fact]
    public async Task A_case_task_in_serbian_has_its_title_questions_and_outcomes_translated_and_sends_the_english_outcome()
    {
        // The office's supervisor reads every task of the office, whichever role it waits for.
        using var counsellor = Serbian(await _server.SignedInAsync("supervisor"));
        var caseId = await CaseWithEverySectionAsync();
        List<HumanTask> open;
        await using (var scope = _server.Services.CreateAsyncScope())
            open = await scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>().HumanTasks.AsNoTracking()
                .Where(t => t.CaseId == caseId && t.FormKey != null && t.FormKey.StartsWith("case.")
                            && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned)).ToListAsync();
        Assert.NotEmpty(open);

        var queue = await PageAsync(counsellor, "/inbox?view=office");
        foreach (var task in open)
        {
            var page = await PageAsync(counsellor, $"/inbox/{task.Id}");
            var serbianTitle = new System.Resources.ResourceManager("ReturnWorkflows.Server.Resources.TaskWords", typeof(TaskWords).Assembly)
                .GetString(task.Title, new CultureInfo(MissingTranslations.Culture));
            Assert.Contains($">{WebUtility.HtmlEncode(serbianTitle)}<", page);
            Assert.Contains($">{WebUtility.HtmlEncode(serbianTitle)}<", queue);
            Assert.DoesNotContain($">{task.Title}<", page);
            // The buttons still send the step's own outcome, which the workflow's connections are drawn from.
            foreach (var outcome in System.Text.Json.JsonSerializer.Deserialize<string[]>(task.Outcomes)!)
                Assert.Contains($"value=\"{WebUtility.HtmlEncode(outcome)}\"", page);
            Assert.DoesNotContain($">{task.Title}<", queue);
        }
        Assert.True(_missing.Missing.IsEmpty, "Not in the Serbian resources:\n" + string.Join("\n", _missing.Missing.Keys.Order()));
    }

    [Fact]
    public async Task The_reintegration_and_monitoring_sections_in_serbian_have_every_text_translated()
    {
        using var counsellor = Serbian(await _server.SignedInAsync("counsellor"));
        var caseId = await ArrivedAndMonitoredAsync();

        var page = await PageAsync(counsellor, $"/cases/{caseId}");
        foreach (var section in new[] { "Plan reintegracije", "Praćenje", "Ankete o održivosti" })
            Assert.Contains(section, page);
        foreach (var word in new[] { "Mikrobiznis", "Posle završetka programa", "Telefonski poziv", "Početna", "Evidentiraj anketu o održivosti" })
            Assert.True(page.Contains(word, StringComparison.Ordinal), $"Not on the case page: {word}\n{VisibleText(page)}");
        NoEnglish(WithoutTimeline(page), $"/cases/{caseId} (reintegration)", "Monitoring", "Sustainability surveys", "Planned on", "After the programme's end",
            "Phone call", "Baseline", "Record a sustainability survey", "Reintegration plan", "Add an item to the plan", "Psychosocial");

        // A survey refused through the API says why in Serbian; the question's words are the survey's own data.
        using var api = Serbian(await _server.WithAccessTokenAsync("counsellor"));
        var seen = await api.GetJsonAsync($"/api/cases/{caseId}");
        var answers = Cases.MonitoringSteps.SampleAnswers();
        answers.Remove("safety");
        var refused = await api.PostAsJsonAsync($"/api/cases/{caseId}/monitoring/surveys", new JsonObject
        {
            ["version"] = (int)seen["version"]!, ["round"] = "Endline", ["personId"] = (string)seen["reintegration"]!["returneeIds"]![0]!,
            ["answeredOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["answers"] = answers,
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Odgovorite na pitanje „Do they feel safe where they live?”.",
            (string?)(await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["answers.safety"]![0]);
        Assert.True(_missing.Missing.IsEmpty, "Not in the Serbian resources:\n" + string.Join("\n", _missing.Missing.Keys.Order()));
    }

    /// <summary>A household that arrived, with a plan item, monitoring planned (its last contact after the programme's end) and a baseline survey.</summary>
    private async Task<string> ArrivedAndMonitoredAsync()
    {
        using var api = await _server.WithAccessTokenAsync("counsellor");
        var opened = await api.PostAsJsonAsync("/api/cases", Cases.CaseBodies.Intake("Vraceni"));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var caseId = (string)(await opened.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!;
        await using var scope = _server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
        var returnCase = (await scope.ServiceProvider.GetRequiredService<ReturnWorkflows.Cases.Model.ICaseRepository>().FindAsync(caseId, CancellationToken.None))!;
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        returnCase.RecordTravelDocumentReceived(new ReturnWorkflows.Cases.Model.TravelDocumentFacts(ReturnWorkflows.Cases.Model.TravelDocumentKind.LaissezPasser,
            "LP-1", today.AddMonths(3), today), now, "operations");
        returnCase.BookTravel(new ReturnWorkflows.Cases.Model.BookingFacts("TK 1022", today, "SJJ - IST - ISB", null, null), now, "operations");
        foreach (var person in returnCase.Persons)
            returnCase.RecordConsent(person.Id, new ReturnWorkflows.Cases.Model.ConsentStatement(ReturnWorkflows.Cases.Model.ConsentKind.TransferToOriginOfficeAndPartners,
                ReturnWorkflows.Cases.Model.ConsentDecision.Given, ReturnWorkflows.Cases.Model.ConsentMethod.Written, "Urdu", null,
                person.Details.Relationship == ReturnWorkflows.Cases.Model.Relationship.Child ? "Amina" : null), now, "counsellor");
        returnCase.OfferHandover("PK-ISB", "Smeštaj prvog meseca.", now, "counsellor");
        returnCase.DecideHandover(true, null, now, "reintegration");
        returnCase.RecordDepartureOutcome(ReturnWorkflows.Cases.Model.BookingStatus.Departed, today, null, now, "operations");
        returnCase.ConfirmArrival(today, now, "reintegration");
        returnCase.AddReintegrationItem(new ReturnWorkflows.Cases.Model.NewReintegrationItem(ReturnWorkflows.Cases.Model.ReintegrationItemKind.MicroBusiness, null,
            "Krojačka radnja", 1_500, ReturnWorkflows.Cases.Model.SupportModality.InKind, false, null), "EUR", now, "counsellor");
        returnCase.PlanMonitoring([new(1, ReturnWorkflows.Cases.Model.MonitoringChannel.Visit), new(3, ReturnWorkflows.Cases.Model.MonitoringChannel.PhoneCall),
            new(12, ReturnWorkflows.Cases.Model.MonitoringChannel.Visit)], today.AddMonths(6), null, now, "system");
        returnCase.RecordSurveyResponse(ReturnWorkflows.Cases.Model.SurveyRound.Baseline, returnCase.Principal.Id,
            ReturnWorkflows.Cases.ReferenceData.SampleSustainabilitySurvey.Create(now), today, Cases.MonitoringSteps.SampleAnswers()
                .ToDictionary(a => a.Key, a => (string)a.Value!), now, "counsellor");
        returnCase.ClearPendingChanges();
        await db.SaveChangesAsync();
        return caseId;
    }

    /// <summary>A family with a vulnerability, a contact, the intake review, counselling, protection screen and eligibility proposal done.</summary>
    private async Task<string> CaseWithEverySectionAsync()
    {
        using var api = await _server.WithAccessTokenAsync("counsellor");
        var intake = Cases.CaseBodies.Intake("Srpski");
        foreach (var person in new[] { intake["principal"]! }.Concat(intake["members"]!.AsArray()!))
            person!["dataProcessingConsent"]!["interpreter"] = "Emina Prevodilac"; // data, not a word of the page
        var opened = await api.PostAsJsonAsync("/api/cases", intake);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var caseId = (string)(await opened.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!;
        var details = await api.GetJsonAsync($"/api/cases/{caseId}");
        var principal = (string)details["persons"]![0]!["id"]!;
        Ok(await api.PostAsJsonAsync($"/api/cases/{caseId}/persons/{principal}/vulnerabilities",
            new JsonObject { ["version"] = (int)details["version"]!, ["kind"] = "SingleParent", ["findings"] = "Sama sa dvoje dece" }));
        Ok(await api.PostAsJsonAsync($"/api/cases/{caseId}/persons/{principal}/contacts",
            new JsonObject { ["contactedAt"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"), ["channel"] = "Phone", ["reached"] = true, ["note"] = null }));

        Ok(await CompleteAsync(api, await TaskAsync(caseId, "Intake review"), "Complete", new JsonObject()));
        Ok(await CompleteAsync(api, await TaskAsync(caseId, "Counselling session"), "Decided to return", new JsonObject
        {
            ["sessionDate"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["language"] = "Urdu", ["interpreterUsed"] = false, ["returnProcessExplained"] = true,
            ["alternativesExplained"] = true, ["rightToWithdrawExplained"] = true, ["countrySheetVersion"] = "PK-2026-03",
        }));
        Ok(await CompleteAsync(api, await TaskAsync(caseId, "Protection screen"), "No concerns", new JsonObject
        {
            ["traffickingIndicators"] = false, ["unaccompaniedMinor"] = false, ["medicalNeed"] = false,
        }));
        Ok(await CompleteAsync(api, await TaskAsync(caseId, "Eligibility proposal"), "Eligible", new JsonObject
        {
            ["noMeansToPay"] = true, ["intendsToLeavePermanently"] = true, ["hasOrCanGetTravelDocument"] = true,
            ["returnPossible"] = true, ["noGovernmentObjection"] = true, ["notInNeedOfProtection"] = true,
        }));
        return caseId;
    }

    /// <summary>The intake posted with a date of birth it cannot read and a child without a guardian.</summary>
    private static async Task<string> RefusedIntakeAsync(HttpClient person)
    {
        var fields = new Dictionary<string, string>
        {
            ["hostOffice"] = "BA-SJJ", ["programmeId"] = "dk-avrr-wb", ["countryOfReturn"] = "PK", ["language"] = "Urdu", ["memberCount"] = "1",
            ["intakeKey"] = Guid.NewGuid().ToString("N"),
            ["principal.details.givenNames"] = "Amina", ["principal.details.familyName"] = "Odbijena", ["principal.details.dateOfBirth"] = "1. maj 1990",
            ["principal.details.sex"] = "Female", ["principal.details.nationality"] = "PK", ["principal.details.languages"] = "Urdu",
            ["principal.dataProcessingConsent"] = "given", ["principal.dataProcessingConsent.method"] = "Written",
            ["members[0].details.givenNames"] = "Sara", ["members[0].details.familyName"] = "Odbijena", ["members[0].details.estimatedBirthYear"] = "2019",
            ["members[0].details.sex"] = "Female", ["members[0].details.nationality"] = "PK", ["members[0].details.languages"] = "Urdu",
            ["members[0].details.relationship"] = "Child", ["members[0].dataProcessingConsent"] = "given", ["members[0].dataProcessingConsent.method"] = "Written",
        };
        fields["__RequestVerificationToken"] = await Browserless.AntiForgeryTokenAsync(person, "/cases/new");
        var first = await person.PostAsync("/cases/new", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        var page = WebUtility.HtmlDecode(await first.Content.ReadAsStringAsync());
        // The date put right, the command itself refuses the child's consent without a guardian.
        fields["principal.details.dateOfBirth"] = "1990-05-01";
        var second = await person.PostAsync("/cases/new", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        return page + WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> CompleteAsync(HttpClient api, HumanTask task, string outcome, JsonObject form) =>
        api.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new JsonObject { ["outcome"] = outcome, ["form"] = form });

    private async Task<HumanTask> TaskAsync(string caseId, string title)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
        return await db.HumanTasks.SingleOrDefaultAsync(t => t.CaseId == caseId && t.Title == title
                   && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned))
               ?? throw new Xunit.Sdk.XunitException($"The case has no open task '{title}'.");
    }

    private static void Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");

    /// <summary>The case page without its timeline section, whose quoted task titles and outcomes are the design's words.</summary>
    private static string WithoutTimeline(string html)
    {
        var start = html.IndexOf("<section class=\"mb-4\" aria-labelledby=\"rw-timeline\">", StringComparison.Ordinal);
        Assert.True(start > 0, "the case page has its timeline");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[..start] + html[end..];
    }

    /// <summary>Fails naming each English phrase found in the text a person reads (markup, scripts and attributes' values left out).</summary>
    private static void NoEnglish(string html, string page, params string[] english)
    {
        var text = VisibleText(html);
        var found = english.Select(phrase => Regex.Match(text, $@"(?<![\p{{L}}]){Regex.Escape(phrase)}(?![\p{{L}}])"))
            .Where(m => m.Success).Select(m => $"\"{m.Value}\" in …{Around(text, m)}…").ToList();
        Assert.True(found.Count == 0, $"{page} shows English:\n{string.Join("\n", found)}");
    }

    private static string Around(string text, Match match)
    {
        var from = Math.Max(0, match.Index - 60);
        return Regex.Replace(text[from..Math.Min(text.Length, match.Index + match.Length + 60)], @"[\s|]+", " ");
    }

    /// <summary>The page's text between its tags, its title and the attributes a person hears or sees (labels, titles).</summary>
    private static string VisibleText(string html)
    {
        var body = Scripts().Replace(html, " ");
        var attributes = string.Join(" | ", ReadAttributes().Matches(body).Select(m => m.Groups[2].Value));
        return Tags().Replace(body, " | ") + " | " + attributes;
    }

    private static HttpClient Serbian(HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(MissingTranslations.Culture);
        return client;
    }

    private static async Task<string> PageAsync(HttpClient client, string path, int expected = 200)
    {
        var response = await client.GetAsync(path);
        Assert.True((int)response.StatusCode == expected, $"{path}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s(aria-label|title|placeholder|alt)=\"([^\"]*)\"")]
    private static partial Regex ReadAttributes();
}
