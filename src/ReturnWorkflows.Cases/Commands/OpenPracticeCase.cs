using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// The case a designer's test run of a case workflow works on, so that its steps read and write a case as they will
/// for real: a practice case (<see cref="ReturnCase.IsTest"/>, left out of case lists, reports and the duplicate check)
/// of one invented applicant, at the runner's office (or the first office that hosts migrants), in the first programme
/// open for intake there, returning to the first country open for returns. No lifecycle starts: the run is its workflow.
/// </summary>
public sealed record OpenPracticeCase(CaseViewer Viewer) : IRequest<OpenedCase>;

public sealed class OpenPracticeCaseHandler(ICaseRepository cases, IReferenceDataStore referenceData, ICaseAuditLog audit, TimeProvider clock)
    : IRequestHandler<OpenPracticeCase, OpenedCase>
{
    public const string GivenNames = "Practice";
    public const string FamilyName = "Applicant";

    public async Task<OpenedCase> Handle(OpenPracticeCase command, CancellationToken cancellationToken)
    {
        if (!CaseAccess.MayOpenPracticeCase(command.Viewer))
            throw new ForbiddenException("definitionId", "Only programme managers and administrators try case workflows out.");
        var now = clock.GetUtcNow().UtcDateTime;
        var offices = await referenceData.OfficesAsync(cancellationToken);
        var programmes = (await referenceData.ProgrammesAsync(cancellationToken)).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var office = offices.FirstOrDefault(o => o.Code == command.Viewer.Office && o.HostsMigrants)
                     ?? offices.Where(o => o.HostsMigrants).OrderBy(o => o.Code, StringComparer.Ordinal).FirstOrDefault()
                     ?? throw new ConflictException("definitionId", "A case workflow is tried on a practice case, and no office hosts migrants.");
        var today = OfficeClock.Today(office, now);
        var programme = programmes.FirstOrDefault(p => p.RefusesIntake(office.Code, today) is null)
                        ?? throw new ConflictException("definitionId", $"A case workflow is tried on a practice case, and no programme takes cases at {office.Code} today.");
        var country = (await referenceData.CountriesAsync(cancellationToken))
                          .Where(c => c.Status == ReturnStatus.Open && c.Code != office.Country).OrderBy(c => c.Code, StringComparer.Ordinal).FirstOrDefault()
                      ?? throw new ConflictException("definitionId", "A case workflow is tried on a practice case, and no country is open for returns.");

        var applicant = new NewPerson(
            new PersonDetails(GivenNames, FamilyName, null, null, today.Year - 30, Sex.NotRecorded, country.Code, ["English"], Relationship.PrincipalApplicant),
            new ConsentStatement(ConsentKind.DataProcessing, ConsentDecision.Given, ConsentMethod.Written, "English", null, null));
        var number = new CaseNumber(office.Code, today.Year, await cases.LastSequenceAsync(office.Code, today.Year, cancellationToken) + 1);
        var opened = ReturnCase.Open(new CaseOpening(office.Code, country.Code, programme.Id, applicant, [], IsTest: true), number, now, command.Viewer.UserName);
        cases.Add(opened);
        audit.Add(CaseAuditTrail.Changes(opened, AuditAction.Created, now, command.Viewer.UserName));
        opened.ClearPendingChanges();
        return new OpenedCase(opened.Id, opened.Number, opened.Version, null);
    }
}
