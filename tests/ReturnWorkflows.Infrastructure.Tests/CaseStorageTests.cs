using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.ReferenceData.Commands;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>The case tables on both providers: the aggregate round trip, numbers, need to know in SQL, races and the audit's guard.</summary>
public abstract class CaseStorageTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly CaseViewer Sarajevo = new("amra", [Roles.Counsellor], OfficeCodes.Sarajevo);
    private static readonly CaseViewer Belgrade = new("luka", [Roles.Counsellor], OfficeCodes.Belgrade);
    private static readonly CaseViewer Manager = new("manager", [Roles.ProgrammeManager], OfficeCodes.Sarajevo);
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await _database.SendAsync(new SeedReferenceData(Manager.UserName));
        // The tests start the lifecycle themselves when they need one.
        await _database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            (await db.Programmes.SingleAsync()).LifecycleWorkflowId = null;
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static NewPerson Adult(string given, string family) => new(
        new PersonDetails(given, family, $"{family.ToUpperInvariant()} {given.ToUpperInvariant()}", new DateOnly(1990, 5, 1), null, Sex.Female, "PK",
            ["Urdu", "English"], Relationship.PrincipalApplicant),
        new ConsentStatement(ConsentKind.DataProcessing, ConsentDecision.Given, ConsentMethod.VerbalCertified, "Urdu", "Interpreter One", null));

    private Task<Cases.Views.OpenedCase> OpenAsync(CaseViewer viewer, string family) =>
        _database.SendAsync(new OpenCase(viewer, viewer.Office!, "PK", DefaultReferenceData.DemoProgrammeId, Adult("Amina", family), []));

    [Fact]
    public async Task A_case_round_trips_with_its_persons_consents_and_vulnerabilities()
    {
        var opened = await OpenAsync(Sarajevo, "Khan");
        var supervisor = new CaseViewer("sup", [Roles.Supervisor], OfficeCodes.Sarajevo);
        var principal = (await _database.SendAsync(new GetCase(supervisor, opened.CaseId))).Persons[0].Id;
        await _database.SendAsync(new RecordVulnerability(Sarajevo, opened.CaseId, principal, 1, VulnerabilityKind.MedicalNeeds, "Insulin"));

        var view = await _database.SendAsync(new GetCase(supervisor, opened.CaseId));

        var person = Assert.Single(view.Persons);
        Assert.Equal(("KHAN AMINA", new DateOnly(1990, 5, 1)), (person.Details.NameInDocument, person.Details.DateOfBirth));
        Assert.Equal(["Urdu", "English"], person.Details.Languages);
        Assert.Equal(ConsentMethod.VerbalCertified, Assert.Single(person.Consents).Method);
        Assert.Equal("Insulin", Assert.Single(person.Vulnerabilities).Findings);
        Assert.Equal(2, view.Version);
    }

    [Fact]
    public async Task Numbers_run_per_office_and_year()
    {
        var first = await OpenAsync(Sarajevo, "One");
        var second = await OpenAsync(Sarajevo, "Two");
        var belgrade = await OpenAsync(Belgrade, "Three");
        var year = DateTime.UtcNow.Year;

        Assert.Equal([$"BA-SJJ-{year}-00001", $"BA-SJJ-{year}-00002", $"RS-BEG-{year}-00001"], [first.Number, second.Number, belgrade.Number]);
    }

    [Fact]
    public async Task Search_applies_need_to_know_in_the_query_and_finds_names_in_any_case()
    {
        var sarajevo = await OpenAsync(Sarajevo, "Khan");
        var belgrade = await OpenAsync(Belgrade, "Khanum");

        Assert.Equal([sarajevo.CaseId], await SearchAsync(Sarajevo, "khan"));
        Assert.Equal([belgrade.CaseId], await SearchAsync(Belgrade, "KHAN"));
        Assert.Equal([belgrade.CaseId, sarajevo.CaseId], await SearchAsync(Manager, "khan"));
        Assert.Equal([sarajevo.CaseId], await SearchAsync(Manager, sarajevo.Number));
        Assert.Empty(await SearchAsync(new CaseViewer("p", [Roles.Partner], OfficeCodes.Sarajevo), null));
    }

    [Fact]
    public async Task A_counsellor_who_holds_a_task_of_another_offices_case_sees_that_case()
    {
        var opened = await OpenAsync(Sarajevo, "Khan");
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.CounsellingDecision), Publish: true));
        await _database.SendAsync(new Engine.Runtime.Commands.StartWorkflow("counselling-decision", CaseId: opened.CaseId));
        await Assert.ThrowsAsync<Engine.Application.NotFoundException>(() => _database.SendAsync(new GetCase(Belgrade, opened.CaseId)));

        var task = await _database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            var row = await db.HumanTasks.SingleAsync(t => t.CaseId == opened.CaseId);
            row.Assignee = Belgrade.UserName;
            row.Status = HumanTaskStatus.Assigned;
            await db.SaveChangesAsync();
            return row;
        });

        Assert.Equal(opened.CaseId, task.CaseId);
        Assert.Equal(opened.Number, (await _database.SendAsync(new GetCase(Belgrade, opened.CaseId))).Number);
        Assert.Equal([opened.CaseId], await SearchAsync(Belgrade, null));
    }

    [Fact]
    public async Task Search_filters_by_vulnerability_and_by_an_open_task_past_its_due_date()
    {
        var late = await OpenAsync(Sarajevo, "Late");
        var vulnerable = await OpenAsync(Sarajevo, "Older");
        var supervisor = new CaseViewer("sup", [Roles.Supervisor], OfficeCodes.Sarajevo);
        var person = (await _database.SendAsync(new GetCase(supervisor, vulnerable.CaseId))).Persons[0].Id;
        await _database.SendAsync(new RecordVulnerability(Sarajevo, vulnerable.CaseId, person, 1, VulnerabilityKind.OlderPerson, "Needs help at the airport"));
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.CounsellingDecision), Publish: true));
        await _database.SendAsync(new Engine.Runtime.Commands.StartWorkflow("counselling-decision", CaseId: late.CaseId));
        await _database.SendAsync(new Engine.Runtime.Commands.StartWorkflow("counselling-decision", CaseId: vulnerable.CaseId));
        await _database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            await db.HumanTasks.Where(t => t.CaseId == late.CaseId).ExecuteUpdateAsync(u => u.SetProperty(t => t.DueAt, DateTime.UtcNow.AddDays(-1)));
            await db.HumanTasks.Where(t => t.CaseId == vulnerable.CaseId).ExecuteUpdateAsync(u => u.SetProperty(t => t.DueAt, DateTime.UtcNow.AddDays(1)));
        });

        async Task<List<CaseSummary>> Find(CaseSearch search) => (await _database.SendAsync(new SearchCases(Sarajevo, search))).Items.ToList();
        var overdue = Assert.Single(await Find(new CaseSearch(null, null, null, null, 0, 50, OverdueOnly: true)));
        Assert.Equal((late.CaseId, true), (overdue.Id, overdue.Overdue));
        Assert.Equal([vulnerable.CaseId], (await Find(new CaseSearch(null, null, null, null, 0, 50, VulnerabilityKind.OlderPerson))).Select(c => c.Id));
        Assert.False((await Find(new CaseSearch(null, null, null, null, 0, 50))).Single(c => c.Id == vulnerable.CaseId).Overdue);
        await Assert.ThrowsAsync<Engine.Application.ForbiddenException>(() =>
            Find(new CaseSearch(null, null, null, null, 0, 50, VulnerabilityKind.SuspectedVictimOfTrafficking)));
    }

    [Fact]
    public async Task Two_saves_of_one_version_race_and_exactly_one_wins_the_other_is_told_who()
    {
        var opened = await OpenAsync(Sarajevo, "Race");
        var other = Sarajevo with { UserName = "edin" };

        var results = await Task.WhenAll(
            Attempt(() => _database.SendAsync(new EditCaseDetails(Sarajevo, opened.CaseId, 1, "AF"))),
            Attempt(() => _database.SendAsync(new EditCaseDetails(other, opened.CaseId, 1, "IQ"))));

        var stale = Assert.Single(results.OfType<StaleCaseException>());
        Assert.Single(results, r => r is null);
        var saved = await _database.SendAsync(new GetCase(Sarajevo, opened.CaseId));
        Assert.Equal(2, saved.Version);
        Assert.Contains(saved.UpdatedBy, stale.Message);
    }

    [Fact]
    public async Task The_audit_trail_refuses_a_changed_or_deleted_row()
    {
        var opened = await OpenAsync(Sarajevo, "Audit");
        await _database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            var entry = await db.CaseAudit.FirstAsync(e => e.CaseId == opened.CaseId);
            db.CaseAudit.Remove(entry);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
    }

    [Fact]
    public async Task The_database_itself_refuses_to_change_or_delete_audit_rows_even_past_our_code()
    {
        var opened = await OpenAsync(Sarajevo, "Tamper");
        await _database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            var rows = db.CaseAudit.Where(e => e.CaseId == opened.CaseId);
            var before = await rows.CountAsync();

            // Bulk statements skip the change tracker (and so our context's guard): only the triggers stand in the way.
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => rows.ExecuteDeleteAsync());
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => rows.ExecuteUpdateAsync(set => set.SetProperty(e => e.Actor, "nobody")));

            Assert.True(before > 0);
            Assert.Equal(before, await rows.CountAsync(e => e.Actor == Sarajevo.UserName));
        });
    }

    private async Task<List<string>> SearchAsync(CaseViewer viewer, string? text) =>
        (await _database.SendAsync(new SearchCases(viewer, new CaseSearch(null, null, null, text, 0, 50)))).Items.Select(c => c.Id).ToList();

    private static async Task<Exception?> Attempt(Func<Task> work)
    {
        try
        {
            await work();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}

public sealed class SqliteCaseStorageTests() : CaseStorageTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlCaseStorageTests() : CaseStorageTests(DatabaseProvider.PostgreSql);
