using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Duplicates;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.ReferenceData.Commands;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// The duplicate check's lookup on both providers: a person registered in Belgrade is found from Sarajevo under
/// another spelling, swapped names and an estimated year; the answer names only the office; the disclosure is on the
/// Belgrade case's trail and the check in its log; "not the same person" and a withdrawn consent keep a person out.
/// </summary>
public abstract class DuplicateCheckStorageTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly CaseViewer Sarajevo = new("amra", [Roles.Counsellor], OfficeCodes.Sarajevo);
    private static readonly CaseViewer Belgrade = new("luka", [Roles.Counsellor], OfficeCodes.Belgrade);
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await _database.SendAsync(new SeedReferenceData("manager"));
        await _database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            (await db.Programmes.SingleAsync()).LifecycleWorkflowId = null; // no workflow needed here
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_variant_spelling_finds_the_person_at_another_office_and_says_only_which_office()
    {
        var belgradeCase = await OpenAsync(Belgrade, "Mohammed", "Khan", new DateOnly(1990, 3, 1));

        var found = await _database.SendAsync(Check("Khan", "Muhammad", year: 1991));
        Assert.True(found.PossibleMatch);
        var office = Assert.Single(found.Offices);
        Assert.Equal(OfficeCodes.Belgrade, office.Code);
        Assert.Equal((await Office(OfficeCodes.Belgrade)).Name, office.Name);

        Assert.False((await _database.SendAsync(Check("Muhammad", "Khan", year: 1991, nationality: "AF"))).PossibleMatch);
        Assert.False((await _database.SendAsync(Check("Muhammad", "Khan", year: 1994))).PossibleMatch);

        // Belgrade's trail says its case was shown to amra (not to whom else, nor under which name); the log keeps each check.
        var trail = await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().CaseAudit
            .Where(e => e.CaseId == belgradeCase && e.Section == CheckDuplicateHandler.AuditSection).ToListAsync());
        Assert.Equal("amra", Assert.Single(trail).Actor);
        var checks = await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Set<DuplicateCheckRecord>()
            .OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([true, false, false], checks.Select(c => c.PossibleMatch));
        Assert.Equal(OfficeCodes.Belgrade, checks[0].OfficesShown);
        Assert.All(checks, c => Assert.Equal((Sarajevo.UserName, Sarajevo.Office), (c.Actor, c.ActorOffice)));
    }

    [Fact]
    public async Task Not_the_same_person_is_recorded_on_the_new_case_and_that_pair_is_not_raised_again()
    {
        await OpenAsync(Belgrade, "Yusuf", "Karimi", new DateOnly(1994, 7, 1));
        var sarajevoCase = await OpenAsync(Sarajevo, "Jusuf", "Karimi", new DateOnly(1994, 2, 2), notSamePerson: true);
        var person = (await _database.SendAsync(new GetCase(Sarajevo, sarajevoCase))).Persons[0].Id;

        Assert.Equal(1, await _database.InScopeAsync(scope =>
            scope.GetRequiredService<ReturnWorkflowsDbContext>().Set<PersonDistinction>().CountAsync(d => d.PersonId == person)));
        var audit = await _database.SendAsync(new GetCaseAudit(new CaseViewer("sanja", [Roles.Supervisor], OfficeCodes.Sarajevo), sarajevoCase));
        Assert.Contains(audit, e => e.Field == $"persons[{person}].notSamePerson");

        // For that person, neither their own case nor the Belgrade person they are not is a match any more ...
        Assert.False((await _database.SendAsync(Check("Jusuf", "Karimi", year: 1994) with { CaseId = sarajevoCase, PersonId = person })).PossibleMatch);
        // ... while a new intake of the same name still hears of both offices.
        Assert.Equal(new[] { OfficeCodes.Belgrade, OfficeCodes.Sarajevo }.Order(StringComparer.Ordinal),
            (await _database.SendAsync(Check("Yusuf", "Karimi", year: 1994))).Offices.Select(o => o.Code));
    }

    [Fact]
    public async Task A_member_added_to_a_case_is_checked_as_at_intake_and_not_the_same_person_is_recorded()
    {
        await OpenAsync(Belgrade, "Yusuf", "Haidari", new DateOnly(1993, 7, 1));
        var sarajevoCase = await OpenAsync(Sarajevo, "Amina", "Haidari", new DateOnly(1995, 1, 1));

        // The check for the member about to join, with the case's id: Belgrade knows someone like him, by office only.
        var found = await _database.SendAsync(Check("Jusuf", "Haidari", year: 1993) with { CaseId = sarajevoCase });
        Assert.Equal([OfficeCodes.Belgrade], found.Offices.Select(o => o.Code));

        var version = (await _database.SendAsync(new GetCase(Sarajevo, sarajevoCase))).Version;
        await _database.SendAsync(new AddMember(Sarajevo, sarajevoCase, version, Member("Jusuf", new DateOnly(1993, 3, 3), notSamePerson: true)));
        var afterFirst = await _database.SendAsync(new GetCase(Sarajevo, sarajevoCase));
        var jusuf = afterFirst.Persons.Single(p => p.Details.GivenNames == "Jusuf").Id;
        await _database.SendAsync(new AddMember(Sarajevo, sarajevoCase, afterFirst.Version, Member("Youssef", new DateOnly(1993, 9, 9), notSamePerson: false)));
        var youssef = (await _database.SendAsync(new GetCase(Sarajevo, sarajevoCase))).Persons.Single(p => p.Details.GivenNames == "Youssef").Id;

        // Ticked: the Belgrade person is recorded as someone else, in the audit too; not ticked: nothing recorded.
        var distinctions = await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Set<PersonDistinction>()
            .Where(d => d.PersonId == jusuf || d.PersonId == youssef).Select(d => d.PersonId).ToListAsync());
        Assert.Equal([jusuf], distinctions);
        var audit = await _database.SendAsync(new GetCaseAudit(new CaseViewer("sanja", [Roles.Supervisor], OfficeCodes.Sarajevo), sarajevoCase));
        Assert.Contains(audit, e => e.Field == $"persons[{jusuf}].notSamePerson");
        Assert.DoesNotContain(audit, e => e.Field == $"persons[{youssef}].notSamePerson");

        // So a later check for Jusuf is quiet, while one for Youssef still names Belgrade.
        Assert.False((await _database.SendAsync(Check("Jusuf", "Haidari", year: 1993) with { CaseId = sarajevoCase, PersonId = jusuf })).PossibleMatch);
        Assert.True((await _database.SendAsync(Check("Youssef", "Haidari", year: 1993) with { CaseId = sarajevoCase, PersonId = youssef })).PossibleMatch);
    }

    private static NewPerson Member(string given, DateOnly born, bool notSamePerson) => new(
        new PersonDetails(given, "Haidari", null, born, null, Sex.Male, "PK", ["Urdu"], Relationship.OtherRelative),
        new ConsentStatement(ConsentKind.DataProcessing, ConsentDecision.Given, ConsentMethod.Written, "Urdu", null, null), notSamePerson);

    [Fact]
    public async Task A_person_who_withdrew_consent_to_data_processing_is_matched_by_nobody()
    {
        var caseId = await OpenAsync(Belgrade, "Hossein", "Rahimi", new DateOnly(1985, 1, 1));
        var found = await _database.SendAsync(new GetCase(Belgrade, caseId));
        await _database.SendAsync(new RecordConsent(Belgrade, caseId, found.Persons[0].Id, found.Version,
            new ConsentStatement(ConsentKind.DataProcessing, ConsentDecision.Withdrawn, ConsentMethod.Written, "Farsi", null, null)));

        Assert.False((await _database.SendAsync(Check("Hussain", "Rahimi", year: 1985, nationality: "IR"))).PossibleMatch);
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_a_partner_may_not_check()
    {
        var noNationality = await Assert.ThrowsAsync<CommandValidationException>(() => _database.SendAsync(Check("Ali", "Khan", year: 1990, nationality: "")));
        Assert.Equal(["nationality"], noNationality.Errors.Keys);
        var noBirth = await Assert.ThrowsAsync<CommandValidationException>(() => _database.SendAsync(Check("Ali", "Khan", year: null)));
        Assert.Equal(["dateOfBirth"], noBirth.Errors.Keys);
        var noName = await Assert.ThrowsAsync<CommandValidationException>(() => _database.SendAsync(Check("", "Khan", year: 1990)));
        Assert.Equal(["givenNames"], noName.Errors.Keys);
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            _database.SendAsync(Check("Ali", "Khan", year: 1990) with { Viewer = new CaseViewer("partner", [Roles.Partner], "PK-ISB") }));
        Assert.Equal(0, await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Set<DuplicateCheckRecord>().CountAsync()));
    }

    private static CheckDuplicate Check(string given, string family, int? year, string nationality = "PK") =>
        new(Sarajevo, given, family, null, year, nationality);

    private async Task<string> OpenAsync(CaseViewer viewer, string given, string family, DateOnly born, bool notSamePerson = false)
    {
        var opened = await _database.SendAsync(new OpenCase(viewer, viewer.Office!, "PK", DefaultReferenceData.DemoProgrammeId, new NewPerson(
            new PersonDetails(given, family, null, born, null, Sex.Male, family == "Rahimi" ? "IR" : "PK", ["Urdu"], Relationship.PrincipalApplicant),
            new ConsentStatement(ConsentKind.DataProcessing, ConsentDecision.Given, ConsentMethod.Written, "Urdu", null, null), notSamePerson), []));
        return opened.CaseId;
    }

    private Task<Office> Office(string code) =>
        _database.InScopeAsync(async scope => (await scope.GetRequiredService<IReferenceDataStore>().FindOfficeAsync(code, CancellationToken.None))!);
}

public sealed class SqliteDuplicateCheckStorageTests() : DuplicateCheckStorageTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlDuplicateCheckStorageTests() : DuplicateCheckStorageTests(DatabaseProvider.PostgreSql);
