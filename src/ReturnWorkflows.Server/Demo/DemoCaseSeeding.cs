using MediatR;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Contacts;
using ReturnWorkflows.Cases.Demo;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Outreach;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Runtime.Timers;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Demo;

/// <summary>
/// With the demo cases on, a start that finds no case at all opens <see cref="DemoCases.All"/>, each as its demo
/// counsellor would: <c>OpenCase</c>, then <c>AddMember</c>, <c>RecordConsent</c>, <c>RecordVulnerability</c>, <c>LogContact</c> and
/// <c>UploadCaseDocument</c> (one-page PDFs, <see cref="DemoPdf"/>), on
/// dates spread over the weeks before (<see cref="BackdatedClock"/>); then <see cref="DemoJourney"/> works each case's
/// tasks up to its stage, as the office's demo staff would have. A restart finds the cases and does nothing. On
/// PostgreSQL it holds the start-up lock (<see cref="StartupSchemaLock"/>) like the other seeding, so of nodes started
/// together one opens the set and the others, waiting, find it there.
/// </summary>
internal sealed class DemoCaseSeeding(IServiceScopeFactory scopes, IOptions<DatabaseOptions> database, TimeProvider clock,
    TimerDrain timers, ILogger<DemoCaseSeeding> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        database.Value.Provider == DatabaseProvider.PostgreSql
            ? StartupSchemaLock.RunAsync(database.Value.ConnectionString, logger, async () =>
            {
                await SeedAsync(cancellationToken);
                return true;
            }, cancellationToken)
            : SeedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<ICaseRepository>().AnyAsync(cancellationToken)) return;
        var programme = await scope.ServiceProvider.GetRequiredService<IReferenceDataStore>()
            .FindProgrammeAsync(DefaultReferenceData.DemoProgrammeId, cancellationToken);
        if (programme is null)
        {
            logger.LogWarning("No demo cases: the demo programme {Programme} does not exist", DefaultReferenceData.DemoProgrammeId);
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var journey = new DemoJourney(scopes, timers, logger);
        // Oldest first, so the case numbers run in the order the cases were opened.
        var ordered = DemoCases.All.OrderByDescending(c => c.DaysAgo).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            // Each case in a scope of its own, as each intake is a request of its own.
            await using var caseScope = scopes.CreateAsyncScope();
            var opened = DemoCaseDates.OpenedAt(now, ordered[i].DaysAgo, i, ordered.Count, programme.StartDate);
            try
            {
                var (caseId, number) = await OpenAsync(caseScope.ServiceProvider.GetRequiredService<IMediator>(), ordered[i], opened, now, cancellationToken);
                await journey.PlayAsync(ordered[i], caseId, number, ordered[i].Persons.Concat(ordered[i].JoinedLater).ToList(), opened, now, cancellationToken);
            }
            catch (CommandFailedException refused)
            {
                // A demo database older than this code (its demo programme past its last intake, say) must still start;
                // the refusal names a rule, not a person.
                logger.LogWarning("Stopped opening demo cases after {Count} of {Total}: {Reason}", i, ordered.Count, refused.Message);
                return;
            }
        }
        await RecordSessionsAsync(now, cancellationToken);
        logger.LogInformation("Opened {Count} demo cases ({Section}:Cases); turn them off for real case data", ordered.Count, DemoSettings.Section);
    }

    /// <summary>The information sessions the funnel starts from, recorded by each office's demo counsellor through the command.</summary>
    private async Task RecordSessionsAsync(DateTime now, CancellationToken cancellationToken)
    {
        foreach (var demo in DemoInformationSessions.All)
        {
            if (DemoViewer(Roles.Counsellor, demo.Office) is not { } counsellor) continue;
            await using var scope = scopes.CreateAsyncScope();
            var held = now.AddDays(-demo.DaysAgo);
            using (BackdatedClock.At(held.AddHours(3)))
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordInformationSession(counsellor,
                    new SessionReport(DateOnly.FromDateTime(held), demo.PlaceKind, demo.PlaceName, demo.Language, counsellor.UserName,
                        demo.Attendance, demo.RequestedCounselling)), cancellationToken);
        }
    }

    private static async Task<(string CaseId, string Number)> OpenAsync(IMediator mediator, DemoCase demo, DateTime at, DateTime now, CancellationToken cancellationToken)
    {
        var counsellor = DemoViewer(Roles.Counsellor, demo.Office)
                         ?? throw new InvalidOperationException($"No demo counsellor works at {demo.Office}.");
        var protection = DemoViewer(Roles.ProtectionOfficer, demo.Office) ?? counsellor;

        OpenedCase opened;
        using (BackdatedClock.At(at))
            opened = await mediator.Send(new OpenCase(counsellor, demo.Office, demo.CountryOfReturn, DefaultReferenceData.DemoProgrammeId,
                demo.Persons[0], demo.Persons.Skip(1).ToList()), cancellationToken);
        var (caseId, version) = (opened.CaseId, opened.Version);

        var step = 0;
        DateTime Next() => at.AddMinutes(5 * ++step);
        foreach (var member in demo.JoinedLater)
            using (BackdatedClock.At(Next()))
                version = (await mediator.Send(new AddMember(counsellor, caseId, version, member), cancellationToken)).Version;

        // The persons in the order they joined: the indexes the demo data uses.
        IReadOnlyList<string> persons;
        using (BackdatedClock.At(Next()))
            persons = (await mediator.Send(new GetCase(counsellor, caseId), cancellationToken)).Persons.Select(p => p.Id).ToList();
        var all = demo.Persons.Concat(demo.JoinedLater).ToList();
        foreach (var consent in demo.Consents)
            using (BackdatedClock.At(Next()))
                version = (await mediator.Send(new RecordConsent(counsellor, caseId, persons[consent.Person], version,
                    DemoCases.Consent(consent.Kind, all[consent.Person].Details.Languages[0])), cancellationToken)).Version;
        foreach (var finding in demo.Findings)
            using (BackdatedClock.At(Next()))
                version = (await mediator.Send(new RecordVulnerability(finding.ByProtectionOfficer ? protection : counsellor, caseId,
                    persons[finding.Person], version, finding.Kind, finding.Findings), cancellationToken)).Version;

        // The calls and visits of the weeks after, each logged a few minutes after it was made; none after the start.
        foreach (var contact in demo.Contacts.OrderBy(c => c.DaysAfterOpening))
        {
            var made = at.AddDays(contact.DaysAfterOpening).AddHours(contact.Person + 1);
            if (made.AddMinutes(10) > now) continue;
            using (BackdatedClock.At(made.AddMinutes(10)))
                await mediator.Send(new LogContact(counsellor, caseId, persons[contact.Person],
                    new ContactAttempt(made, contact.Channel, contact.Reached, contact.Note)), cancellationToken);
        }

        // The documents, scanned and filed by the counsellor (a medical clearance too, which only the protection roles read).
        foreach (var document in demo.Documents.OrderBy(d => d.DaysAfterOpening))
        {
            var filed = at.AddDays(document.DaysAfterOpening).AddHours(2);
            if (filed > now) continue;
            using (BackdatedClock.At(filed))
                await mediator.Send(new UploadCaseDocument(counsellor, caseId, document.Person is { } person ? persons[person] : null, document.Section,
                    document.FileName, DemoPdf.Page(document.Title, document.Lines)), cancellationToken);
        }
        return (caseId, opened.Number);
    }

    /// <summary>The demo user with <paramref name="role"/> at <paramref name="office"/>, as the case rules see them.</summary>
    internal static CaseViewer? DemoViewer(string role, string office) =>
        IdentitySeeding.DemoUsers.Where(u => u.Role == role && u.Office == office)
            .Select(u => new CaseViewer(u.UserName, [u.Role], u.Office)).FirstOrDefault();
}
