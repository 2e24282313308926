using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Contacts;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.ReferenceData.Commands;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// The contact log on both providers: logged and listed newest first, the latest contact per case as the lost-contact
/// check reads it (computed in SQL), need to know and refusals that write nothing.
/// </summary>
public abstract class CaseContactStorageTests(DatabaseProvider provider) : IAsyncLifetime
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
    public async Task Contacts_list_newest_first_and_the_latest_per_case_tells_the_last_attempt_and_the_last_reached()
    {
        var now = DateTime.UtcNow;
        var (reachedCase, amina) = await OpenAsync("Reached");
        var (silentCase, sara) = await OpenAsync("Silent");
        var (untouchedCase, _) = await OpenAsync("Untouched");
        await LogAsync(reachedCase, amina, now.AddHours(-3), ContactChannel.Visit, reached: true);
        await LogAsync(reachedCase, amina, now.AddHours(-1), ContactChannel.Phone, reached: false);
        await LogAsync(silentCase, sara, now.AddHours(-2), ContactChannel.Messaging, reached: false);

        var listed = await _database.SendAsync(new GetCaseContacts(Sarajevo, reachedCase));
        Assert.Equal([ContactChannel.Phone, ContactChannel.Visit], listed.Select(c => c.Channel));
        Assert.All(listed, c => Assert.Equal("amra", c.By));

        var latest = (await LatestAsync(null)).ToDictionary(l => l.CaseId);
        Assert.False(latest.ContainsKey(untouchedCase));
        Assert.Equal(now.AddHours(-1), latest[reachedCase].LastAttemptAt, TimeSpan.FromMilliseconds(1));
        Assert.Equal(now.AddHours(-3), latest[reachedCase].LastReachedAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(DateTimeKind.Utc, latest[reachedCase].LastAttemptAt.Kind);
        Assert.Null(latest[silentCase].LastReachedAt);
        Assert.Equal([silentCase], (await LatestAsync([silentCase, untouchedCase])).Select(l => l.CaseId));
    }

    [Fact]
    public async Task Another_offices_counsellor_finds_no_case_and_refused_contacts_write_nothing()
    {
        var (caseId, person) = await OpenAsync("Guarded");
        var contact = new ContactAttempt(DateTime.UtcNow, ContactChannel.Phone, true, "Agreed to come on Monday");

        Assert.IsType<NotFoundException>(await Attempt(() => _database.SendAsync(new LogContact(Belgrade, caseId, person, contact))));
        Assert.IsType<NotFoundException>(await Attempt(() => _database.SendAsync(new GetCaseContacts(Belgrade, caseId))));
        var future = Assert.IsType<CommandValidationException>(await Attempt(() =>
            _database.SendAsync(new LogContact(Sarajevo, caseId, person, contact with { ContactedAt = DateTime.UtcNow.AddHours(1) }))));
        Assert.Equal(["contactedAt"], future.Errors.Keys);
        var longNote = Assert.IsType<CommandValidationException>(await Attempt(() =>
            _database.SendAsync(new LogContact(Sarajevo, caseId, person, contact with { Note = new string('x', CaseContact.MaxNoteLength + 1) }))));
        Assert.Equal(["note"], longNote.Errors.Keys);

        // A person who withdrew their consent to data processing: nothing more about them is kept.
        var version = (await _database.SendAsync(new GetCase(Sarajevo, caseId))).Version;
        await _database.SendAsync(new RecordConsent(Sarajevo, caseId, person, version,
            new ConsentStatement(ConsentKind.DataProcessing, ConsentDecision.Withdrawn, ConsentMethod.Written, "Urdu", null, null)));
        var withdrawn = Assert.IsType<CaseRuleException>(await Attempt(() => _database.SendAsync(new LogContact(Sarajevo, caseId, person, contact))));
        Assert.Equal(["consent"], withdrawn.Errors.Keys);

        Assert.Equal(0, await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().CaseContacts.CountAsync()));
    }

    private async Task<(string CaseId, string PersonId)> OpenAsync(string family)
    {
        var opened = await _database.SendAsync(new OpenCase(Sarajevo, OfficeCodes.Sarajevo, "PK", DefaultReferenceData.DemoProgrammeId, new NewPerson(
            new PersonDetails("Amina", family, null, new DateOnly(1990, 5, 1), null, Sex.Female, "PK", ["Urdu"], Relationship.PrincipalApplicant),
            new ConsentStatement(ConsentKind.DataProcessing, ConsentDecision.Given, ConsentMethod.Written, "Urdu", null, null)), []));
        return (opened.CaseId, (await _database.SendAsync(new GetCase(Sarajevo, opened.CaseId))).Persons[0].Id);
    }

    private Task<LoggedContact> LogAsync(string caseId, string personId, DateTime at, ContactChannel channel, bool reached) =>
        _database.SendAsync(new LogContact(Sarajevo, caseId, personId, new ContactAttempt(at, channel, reached, null)));

    private Task<IReadOnlyList<LastContact>> LatestAsync(IReadOnlyCollection<string>? caseIds) =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ICaseContactLog>().LatestPerCaseAsync(caseIds, CancellationToken.None));

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

public sealed class SqliteCaseContactStorageTests() : CaseContactStorageTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlCaseContactStorageTests() : CaseContactStorageTests(DatabaseProvider.PostgreSql);
