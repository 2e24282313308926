using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Cases.Demo;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Tests.Demo;

/// <summary>
/// The demo cases: a fresh start with them on opens the set through the ordinary commands, each case in its office's
/// list for that office's demo counsellor, spread over the weeks before; a restart opens none again; off, none exist.
/// </summary>
public sealed class DemoCasesTests : IDisposable
{
    private readonly string _database = ServerFactory.NewSqliteDatabase();

    [Fact]
    public async Task A_fresh_start_opens_the_demo_cases_in_their_offices_lists_and_a_restart_opens_none_again()
    {
        await using (var server = Start(demoCases: "true"))
        {
            Assert.Equal(DemoCases.All.Count, await CountCasesAsync(server));
            using var sarajevo = await server.WithAccessTokenAsync("counsellor");
            using var belgrade = await server.WithAccessTokenAsync("counsellor.belgrade");
            var sarajevoCases = await ListAsync(sarajevo);
            var belgradeCases = await ListAsync(belgrade);

            Assert.Equal(DemoCases.All.Count(c => c.Office == "BA-SJJ"), sarajevoCases.Count);
            Assert.All(sarajevoCases, c => Assert.Equal("BA-SJJ", (string?)c["hostOffice"]));
            Assert.Equal(DemoCases.All.Count(c => c.Office == "RS-BEG"), belgradeCases.Count);
            Assert.All(belgradeCases, c => Assert.Equal("RS-BEG", (string?)c["hostOffice"]));
            Assert.Contains(sarajevoCases, c => (string?)c["principalName"] == "Gul Ahmad Noori" && (int)c["personCount"]! == 4);
            Assert.Contains(belgradeCases, c => (string?)c["principalName"] == "Mohammad Nabi Sultani" && (int)c["personCount"]! == 4);

            // Opened over the weeks before the start, oldest with the lowest number, none in the future.
            var opened = sarajevoCases.Concat(belgradeCases).Select(c => (DateTime)c["createdAt"]!).ToList();
            Assert.All(opened, at => Assert.True(at < DateTime.UtcNow));
            Assert.True(opened.Max() - opened.Min() > TimeSpan.FromDays(14), $"{opened.Min():u} to {opened.Max():u}");
            Assert.True(opened.Select(at => at.Date).Distinct().Count() >= 8);

            // A trafficking indication, recorded by the protection officer, is absent for the counsellor of the same office.
            var bibi = (string)sarajevoCases.Single(c => (string?)c["principalName"] == "Rubina Bibi")["id"]!;
            Assert.Empty((await sarajevo.GetJsonAsync($"/api/cases/{bibi}"))["persons"]![0]!["vulnerabilities"]!.AsArray());
            using var protection = await server.WithAccessTokenAsync("protection");
            var finding = (await protection.GetJsonAsync($"/api/cases/{bibi}"))["persons"]![0]!["vulnerabilities"]![0]!;
            Assert.Equal(("SuspectedVictimOfTrafficking", "protection"), ((string?)finding["kind"], (string?)finding["recordedBy"]));
            // A single parent is for every case worker of the office to read.
            var karim = (string)sarajevoCases.Single(c => (string?)c["principalName"] == "Shilan Karim")["id"]!;
            Assert.Equal("SingleParent", (string?)(await sarajevo.GetJsonAsync($"/api/cases/{karim}"))["persons"]![0]!["vulnerabilities"]![0]!["kind"]);

            // Some have a contact log: one man, once reached, has not been since (what the lost-contact check looks for).
            var qureshi = (string)sarajevoCases.Single(c => (string?)c["principalName"] == "Imran Qureshi")["id"]!;
            var contacts = (await sarajevo.GetJsonAsync($"/api/cases/{qureshi}/contacts")).AsArray();
            Assert.Equal([false, false, false, true], contacts.Select(c => (bool)c!["reached"]!));
            Assert.All(contacts, c => Assert.Equal("counsellor", (string?)c!["by"]));

            // A few documents, filed through the upload command: real PDFs, and a medical clearance only protection reads.
            var declaration = Assert.Single((await sarajevo.GetJsonAsync($"/api/cases/{qureshi}/documents")).AsArray(),
                d => (string?)d!["section"] == "ConsentAndDeclaration")!;
            var pdf = await sarajevo.GetByteArrayAsync($"/api/cases/{qureshi}/documents/{declaration["id"]}/content");
            Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(pdf));
            Assert.EndsWith("%%EOF\n", System.Text.Encoding.ASCII.GetString(pdf));
            Assert.True((DateTime)declaration["uploadedAt"]! < DateTime.UtcNow.AddDays(-7), "filed on the backdated day");
            var noori = (string)sarajevoCases.Single(c => (string?)c["principalName"] == "Gul Ahmad Noori")["id"]!;
            Assert.DoesNotContain("MedicalClearance", await sarajevo.GetStringAsync($"/api/cases/{noori}/documents"));
            Assert.Contains("MedicalClearance", await protection.GetStringAsync($"/api/cases/{noori}/documents"));
            // The information sessions the funnel starts from, each recorded by its office's counsellor, in the past.
            var sessions = (await sarajevo.GetJsonAsync("/api/information-sessions")).AsArray();
            Assert.Equal(DemoInformationSessions.All.Count(s => s.Office == "BA-SJJ"), sessions.Count);
            Assert.All(sessions, s => Assert.Equal(("BA-SJJ", "counsellor"), ((string?)s!["office"], (string?)s["recordedBy"])));
            Assert.All(sessions, s => Assert.True(DateOnly.Parse((string)s!["date"]!) < DateOnly.FromDateTime(DateTime.UtcNow)));
            Assert.Equal(DemoInformationSessions.All.Count(s => s.Office == "RS-BEG"), (await belgrade.GetJsonAsync("/api/information-sessions")).AsArray().Count);

            await AssertEveryCaseAtItsStageAsync(server, sarajevoCases.Concat(belgradeCases).ToList());
        }

        await using (var restarted = Start(demoCases: "true"))
        {
            Assert.Equal(DemoCases.All.Count, await CountCasesAsync(restarted));
            await using var scope = restarted.Services.CreateAsyncScope();
            Assert.Equal(DemoInformationSessions.All.Count,
                await scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>().Set<ReturnWorkflows.Cases.Outreach.InformationSession>().CountAsync());
        }
    }

    [Fact]
    public async Task With_the_demo_cases_off_no_case_exists()
    {
        await using var server = Start(demoCases: "false");
        Assert.Equal(0, await CountCasesAsync(server));
    }

    [Fact]
    public async Task Unset_they_follow_the_demo_users_so_production_settings_have_none()
    {
        await using var server = Start(demoCases: null, demoUsers: "false");
        Assert.Equal(0, await CountCasesAsync(server));
    }

    [Fact]
    public async Task Demo_cases_without_the_demo_users_refuse_the_start_naming_both_settings()
    {
        await using var server = new ServerFactory(new Dictionary<string, string?>(ServerFactory.Sqlite(_database))
        {
            ["ReturnWorkflows:Demo:Cases"] = "true", ["ReturnWorkflows:Identity:DemoUsers"] = "false",
        });

        var refused = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => server.Services);
        Assert.Contains("ReturnWorkflows:Demo:Cases needs ReturnWorkflows:Identity:DemoUsers", refused.Message);
    }

    /// <summary>The task each stage leaves open: what the office's inbox shows for the case.</summary>
    private static readonly Dictionary<DemoStage, string> NextTask = new()
    {
        [DemoStage.Intake] = "Intake review",
        [DemoStage.Counselled] = "Protection screen",
        [DemoStage.EligibilityApproved] = "Return application and informed consent",
        [DemoStage.TravelDocumentRequested] = "Travel document receipt",
        [DemoStage.FlightBooked] = "Hand-over offer to the origin office",
        [DemoStage.Arrived] = "Reintegration plan",
    };

    /// <summary>The case list's stage (the furthest milestone) each demo stage leaves.</summary>
    private static readonly Dictionary<DemoStage, string> MilestoneStage = new()
    {
        [DemoStage.Intake] = "Intake",
        [DemoStage.Counselled] = "DecidedToReturn",
        [DemoStage.EligibilityApproved] = "Eligible",
        [DemoStage.TravelDocumentRequested] = "Eligible",
        [DemoStage.FlightBooked] = "TravelDocumentObtained",
        [DemoStage.Arrived] = "Arrived",
        [DemoStage.Monitored] = "PlanApproved",
    };

    /// <summary>
    /// Each case was worked up to its stage by the demo staff, through the tasks: the next task waits in its office's
    /// inbox; the case booked flies in the days ahead; the returnees in Pakistan are the Islamabad officer's to follow, one
    /// with a plan being drafted, one in monitoring with its first visit held and the next one coming.
    /// </summary>
    private static async Task AssertEveryCaseAtItsStageAsync(ServerFactory server, List<JsonNode> listed)
    {
        string IdOf(DemoCase demo) =>
            (string)listed.Single(c => (string?)c["principalName"] == $"{demo.Persons[0].Details.GivenNames} {demo.Persons[0].Details.FamilyName}")["id"]!;
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
        foreach (var demo in DemoCases.All)
        {
            var caseId = IdOf(demo);
            var open = await db.HumanTasks.Where(t => t.CaseId == caseId && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Escalated))
                .Select(t => t.Title).ToListAsync();
            var who = $"{demo.Persons[0].Details.FamilyName} ({demo.Stage}): {string.Join(", ", open)}";
            if (NextTask.TryGetValue(demo.Stage, out var next)) Assert.True(open.Contains(next), who);
            // Whoever has come as far as a booked flight was kept in touch with.
            if (demo.Stage >= DemoStage.FlightBooked) Assert.DoesNotContain("Lost contact: propose closure", open);
        }
        Assert.True(DemoCases.All.Select(c => c.Stage).Distinct().Count() >= 6);

        // The list's stage comes from the milestones the steps wrote, and filters on them.
        foreach (var demo in DemoCases.All)
            Assert.Equal(MilestoneStage[demo.Stage], (string?)listed.Single(c => (string?)c["id"] == IdOf(demo))["stage"]);
        using var manager = await server.WithAccessTokenAsync("manager");
        var atArrival = Assert.Single((await manager.GetJsonAsync("/api/cases?stage=Arrived"))["items"]!.AsArray())!;
        Assert.Equal(IdOf(DemoCases.All.Single(c => c.Stage == DemoStage.Arrived)), (string?)atArrival["id"]);
        Assert.Equal(DemoCases.All.Count(c => c.Stage == DemoStage.Intake),
            (await manager.GetJsonAsync("/api/cases?stage=Intake&pageSize=100"))["items"]!.AsArray().Count);
        Assert.Equal(DemoCases.All.Count, (await manager.GetJsonAsync("/api/cases?programme=dk-avrr-wb&pageSize=100"))["items"]!.AsArray().Count);
        Assert.Empty((await manager.GetJsonAsync("/api/cases?programme=another-programme"))["items"]!.AsArray());
        var unknown = await manager.GetAsync("/api/cases?stage=Landed");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("stage", await unknown.Content.ReadAsStringAsync());

        using var operations = await server.WithAccessTokenAsync("operations");
        var booked = await operations.GetJsonAsync($"/api/cases/{IdOf(DemoCases.All.Single(c => c.Stage == DemoStage.FlightBooked))}");
        var flight = Assert.Single(booked["travelDocuments"]!["bookings"]!.AsArray())!;
        Assert.Equal("Booked", (string?)flight["status"]);
        Assert.True(DateOnly.Parse((string)flight["departsOn"]!) > DateOnly.FromDateTime(DateTime.UtcNow), (string?)flight["departsOn"]);
        Assert.NotNull((string?)flight["briefedOn"]);

        using var islamabad = await server.WithAccessTokenAsync("reintegration");
        var followed = await ListAsync(islamabad);
        var arrived = await islamabad.GetJsonAsync($"/api/cases/{IdOf(DemoCases.All.Single(c => c.Stage == DemoStage.Arrived))}");
        Assert.Contains(followed, c => (string?)c["id"] == (string?)arrived["id"]);
        Assert.Equal(2, arrived["reintegration"]!["returneeIds"]!.AsArray().Count);
        Assert.Equal(("Draft", 1), ((string?)arrived["reintegration"]!["plan"]!["status"], arrived["reintegration"]!["plan"]!["items"]!.AsArray().Count));

        var monitored = await islamabad.GetJsonAsync($"/api/cases/{IdOf(DemoCases.All.Single(c => c.Stage == DemoStage.Monitored))}");
        Assert.Contains(followed, c => (string?)c["id"] == (string?)monitored["id"]);
        Assert.Equal("Approved", (string?)monitored["reintegration"]!["plan"]!["status"]);
        Assert.NotNull((string?)monitored["reintegration"]!["plan"]!["items"]![0]!["deliveredOn"]);
        Assert.Equal("Baseline", (string?)Assert.Single(monitored["reintegration"]!["surveys"]!.AsArray())!["round"]);
        var visits = monitored["reintegration"]!["monitoring"]!["visits"]!.AsArray();
        Assert.Equal(["Held", "Planned", "Planned", "Planned"], visits.Select(v => (string?)v!["status"]));
        Assert.Equal("reintegration", (string?)visits[0]!["recordedBy"]);
        Assert.True(DateOnly.Parse((string)visits[1]!["plannedOn"]!) >= DateOnly.FromDateTime(DateTime.UtcNow), (string?)visits[1]!["plannedOn"]);
    }

    private ServerFactory Start(string? demoCases, string demoUsers = "true")
    {
        var settings = ServerFactory.Sqlite(_database);
        settings["ReturnWorkflows:Demo:Cases"] = demoCases;
        settings["ReturnWorkflows:Identity:DemoUsers"] = demoUsers;
        var server = new ServerFactory(settings);
        _ = server.Services; // starts the host, and with it the seeding
        return server;
    }

    private static async Task<int> CountCasesAsync(ServerFactory server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>().ReturnCases.CountAsync();
    }

    private static async Task<List<JsonNode>> ListAsync(HttpClient client) =>
        (await client.GetJsonAsync("/api/cases?pageSize=100"))["items"]!.AsArray().Select(c => c!).ToList();

    public void Dispose() => ServerFactory.DeleteSqlite(_database);
}
