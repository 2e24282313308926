using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Runtime.Cases;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfCaseRepository(ReturnWorkflowsDbContext db) : ICaseRepository
{
    public void Add(ReturnCase returnCase) => db.ReturnCases.Add(returnCase);

    public Task<ReturnCase?> FindAsync(string caseId, CancellationToken cancellationToken) =>
        db.ReturnCases
            .Include(c => c.Persons).ThenInclude(p => p.Consents)
            .Include(c => c.Persons).ThenInclude(p => p.Vulnerabilities)
            .Include(c => c.IntakeReviews)
            .Include(c => c.CounsellingSessions)
            .Include(c => c.Assessments)
            .Include(c => c.TravelDocumentRequests)
            .Include(c => c.TravelDocuments)
            .Include(c => c.Bookings)
            .Include(c => c.Handovers)
            .Include(c => c.ReintegrationPlan).ThenInclude(p => p!.Items)
            .Include(c => c.MonitoringPlan).ThenInclude(p => p!.Visits)
            .Include(c => c.SurveyResponses)
            .Include(c => c.DepartureDeadlines)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.ReturnCases.AnyAsync(cancellationToken);

    public async Task<IReadOnlyList<ReturnCase>> OpenReturningToAsync(string country, CancellationToken cancellationToken) =>
        await db.ReturnCases.Where(c => c.CountryOfReturn == country && c.Status == CaseStatus.Open).OrderBy(c => c.Id).ToListAsync(cancellationToken);

    public async Task<CaseStepContext?> FindStepContextAsync(string caseId, CancellationToken cancellationToken)
    {
        if (db.ReturnCases.Local.FirstOrDefault(c => c.Id == caseId) is { } held)
        {
            var reference = await db.CountriesOfReturn.AsNoTracking().Where(k => k.Code == held.CountryOfReturn)
                .Select(k => new { k.Status, Origin = db.Offices.Where(o => o.ReceivesReturnees && o.Country == k.Code && o.Code != held.HostOffice)
                    .OrderBy(o => o.HostsMigrants).ThenBy(o => o.Code).Select(o => o.Code).FirstOrDefault() })
                .FirstOrDefaultAsync(cancellationToken);
            var reachedAt = await db.CaseContacts.AsNoTracking().Where(x => x.CaseId == held.Id && x.Reached).MaxAsync(x => (DateTime?)x.ContactedAt, cancellationToken);
            return new CaseStepContext(held.Id, held.HostOffice, held.CountryOfReturn, reference?.Origin,
                held.GateFacts(reference?.Status ?? ReturnStatus.Open), held.CreatedAt, reachedAt, held.ClosureProposedAt, held.ActiveBooking?.DepartsOn,
                held.MonitoringPlan?.PlannedAt, held.MonitoringPlan?.NextVisit is { } nextVisit ? new PlannedContact(nextVisit.Id, nextVisit.PlannedOn) : null);
        }
        const VulnerabilityKind child = VulnerabilityKind.UnaccompaniedOrSeparatedChild;
        var row = await db.ReturnCases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new
        {
            c.Id, c.HostOffice, c.CountryOfReturn, c.CreatedAt, c.ClosureProposedAt,
            FlightDay = c.Bookings.Where(b => b.Status == BookingStatus.Booked).Select(b => (DateOnly?)b.DepartsOn).FirstOrDefault(),
            LastReachedAt = db.CaseContacts.Where(x => x.CaseId == c.Id && x.Reached).Max(x => (DateTime?)x.ContactedAt),
            // The office receiving returnees in the country, other than the host; one that hosts no migrants first.
            Origin = db.Offices.Where(o => o.ReceivesReturnees && o.Country == c.CountryOfReturn && o.Code != c.HostOffice)
                .OrderBy(o => o.HostsMigrants).ThenBy(o => o.Code).Select(o => o.Code).FirstOrDefault(),
            CountryStatus = db.CountriesOfReturn.Where(k => k.Code == c.CountryOfReturn).Select(k => (ReturnStatus?)k.Status).FirstOrDefault(),
            Screen = c.Assessments.Where(a => a.Kind == AssessmentKind.ProtectionScreen).OrderByDescending(a => a.Sequence).Select(a => a.Outcome).FirstOrDefault(),
            SensitiveFinding = c.Persons.Any(p => p.Vulnerabilities.Any(v => v.Kind == child
                || v.Kind == VulnerabilityKind.SuspectedVictimOfTrafficking || v.Kind == VulnerabilityKind.MedicalNeeds)),
            Assessed = c.Assessments.Any(a => a.Kind == AssessmentKind.VulnerabilityAssessment),
            ChildWithoutDetermination = c.Persons.Any(p => p.Vulnerabilities.Any(v => v.Kind == child)
                && !c.Assessments.Any(a => a.Kind == AssessmentKind.BestInterestsDetermination && a.PersonId == p.Id)),
            ChildWithoutGuardianConsent = c.Persons.Any(p => p.Vulnerabilities.Any(v => v.Kind == child)
                && p.Consents.Where(x => x.Kind == ConsentKind.GuardianConsentForChild).OrderByDescending(x => x.RecordedAt)
                    .Select(x => (ConsentDecision?)x.Decision).FirstOrDefault() != ConsentDecision.Given),
            PersonWithoutEmbassyConsent = c.Persons.Any(p => p.Consents.Where(x => x.Kind == ConsentKind.ContactEmbassy).OrderByDescending(x => x.RecordedAt)
                .Select(x => (ConsentDecision?)x.Decision).FirstOrDefault() != ConsentDecision.Given),
            Cleared = c.Assessments.Any(a => a.Kind == AssessmentKind.CountryClearance && a.Reference == c.CountryOfReturn),
            LatestEligibility = c.Assessments.Where(a => a.Kind == AssessmentKind.EligibilityProposal || a.Kind == AssessmentKind.EligibilityDecision)
                .OrderByDescending(a => a.Sequence).Select(a => (AssessmentKind?)a.Kind).FirstOrDefault(),
            ParticipantWithoutTravelDocument = c.Persons.Any(p => p.Participation == Participation.Participating && p.TravelDocumentObtainedAt == null),
            ActiveBookingFit = c.Bookings.Where(b => b.Status == BookingStatus.Booked).Select(b => (bool?)(b.FitToTravel == true)).FirstOrDefault(),
            MedicalNeed = c.Persons.Any(p => p.Participation == Participation.Participating && p.Vulnerabilities.Any(v => v.Kind == VulnerabilityKind.MedicalNeeds)),
            HandoverAccepted = c.Handovers.Any(h => h.Status == HandoverStatus.Accepted),
            PlanAwaitingCapApproval = c.ReintegrationPlan != null && c.ReintegrationPlan.Status == PlanStatus.AwaitingCapApproval,
            BaselineSurveyed = c.SurveyResponses.Any(r => r.Round == SurveyRound.Baseline),
            EndlineSurveyed = c.SurveyResponses.Any(r => r.Round == SurveyRound.Endline),
            MonitoringPlannedAt = c.MonitoringPlan == null ? (DateTime?)null : c.MonitoringPlan.PlannedAt,
            NextContact = c.MonitoringPlan == null ? null : c.MonitoringPlan.Visits.Where(v => v.Status == VisitStatus.Planned)
                .OrderBy(v => v.PlannedOn).Select(v => new { v.Id, v.PlannedOn }).FirstOrDefault(),
        }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new CaseStepContext(row.Id, row.HostOffice, row.CountryOfReturn, row.Origin, new CaseGateFacts(
            ProtectionScreened: row.Screen != null,
            ConcernsFound: row.Screen == AssessmentOutcomes.ConcernsFound || row.SensitiveFinding,
            VulnerabilityAssessed: row.Assessed,
            ChildWithoutDetermination: row.ChildWithoutDetermination,
            ChildWithoutGuardianConsent: row.ChildWithoutGuardianConsent,
            PersonWithoutEmbassyConsent: row.PersonWithoutEmbassyConsent,
            CountryStatus: row.CountryStatus ?? ReturnStatus.Open,
            CountryCleared: row.Cleared,
            EligibilityProposed: row.LatestEligibility == AssessmentKind.EligibilityProposal,
            ParticipantWithoutTravelDocument: row.ParticipantWithoutTravelDocument,
            Booked: row.ActiveBookingFit != null,
            MedicalNeed: row.MedicalNeed,
            BookedFitToTravel: row.ActiveBookingFit == true,
            HandoverAccepted: row.HandoverAccepted,
            PlanAwaitingCapApproval: row.PlanAwaitingCapApproval,
            BaselineSurveyed: row.BaselineSurveyed,
            EndlineSurveyed: row.EndlineSurveyed),
            row.CreatedAt, row.LastReachedAt, row.ClosureProposedAt, row.FlightDay,
            row.MonitoringPlannedAt, row.NextContact is { } next ? new PlannedContact(next.Id, next.PlannedOn) : null);
    }

    public async Task<int> LastSequenceAsync(string office, int year, CancellationToken cancellationToken) =>
        await db.ReturnCases.Where(c => c.HostOffice == office && c.NumberYear == year).MaxAsync(c => (int?)c.NumberSequence, cancellationToken) ?? 0;

    // A task of an office in the country of return (the origin office's hand-over decision, arrival) gives no host view:
    // that office sees the case as the transfer consent allows. A task of another host office (reassigned) still does.
    public Task<bool> HasHeldTaskAsync(string caseId, string userName, CancellationToken cancellationToken) =>
        db.HumanTasks.AnyAsync(t => t.CaseId == caseId && (t.Assignee == userName || t.CompletedBy == userName)
            && !db.ReturnCases.Any(c => c.Id == caseId && db.Offices.Any(o => o.Code == t.CandidateOffice && o.Country == c.CountryOfReturn)), cancellationToken);

    public async Task<IReadOnlyList<CaseSummary>> SearchAsync(CaseSearch search, CaseVisibility visibility, DateTime now, CancellationToken cancellationToken)
    {
        // Practice cases (a designer's test run, training) are never listed: only their exact number finds one (the task page's look-up).
        var exactNumber = search.Text?.Trim().ToUpperInvariant();
        var cases = Visible(visibility).Where(c => !c.IsTest || c.Number == exactNumber);
        var overdueTasks = db.HumanTasks.Where(t => t.CaseId != null && t.DueAt < now
            && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned || t.Status == HumanTaskStatus.Escalated));
        if (search.Vulnerability is { } kind) cases = cases.Where(c => c.Persons.Any(p => p.Vulnerabilities.Any(v => v.Kind == kind)));
        if (search.OverdueOnly) cases = cases.Where(c => overdueTasks.Any(t => t.CaseId == c.Id));
        if (search.Office is { Length: > 0 } office) cases = cases.Where(c => c.HostOffice == office);
        if (search.CountryOfReturn is { Length: > 0 } country) cases = cases.Where(c => c.CountryOfReturn == country);
        if (search.ProgrammeId is { Length: > 0 } programme) cases = cases.Where(c => c.ProgrammeId == programme);
        if (search.Status is { } status) cases = cases.Where(c => c.Status == status);
        if (search.Flag == CaseFlag.CountryStatusChanged) cases = cases.Where(c => c.CountryStatusChangedAt != null);
        if (search.Text?.Trim() is { Length: > 0 } text)
        {
            var pattern = text.ToLowerInvariant();
            var number = text.ToUpperInvariant();
            // An origin office must not find a case by the name of someone who did not consent to the transfer: where the
            // viewer sees a case only as its origin office, a name matches only a consented person.
            var originOnly = !visibility.Everything && visibility.Origins.Count > 0;
            var offices = visibility.Offices.ToList();
            var programmes = visibility.Programmes.ToList();
            var holder = visibility.TaskHolder;
            cases = cases.Where(c => c.Number == number
                                     || c.Persons.Any(p => (p.FamilyName.ToLower().Contains(pattern) || p.GivenNames.ToLower().Contains(pattern))
                                        && (!originOnly || offices.Contains(c.HostOffice) || programmes.Contains(c.ProgrammeId)
                                            || (holder != null && db.HumanTasks.Any(t => t.CaseId == c.Id && (t.Assignee == holder || t.CompletedBy == holder)
                                                && !db.Offices.Any(o => o.Code == t.CandidateOffice && o.Country == c.CountryOfReturn)))
                                            || p.Consents.Where(k => k.Kind == ConsentKind.TransferToOriginOfficeAndPartners).OrderByDescending(k => k.RecordedAt)
                                                .Select(k => (ConsentDecision?)k.Decision).FirstOrDefault() == ConsentDecision.Given)));
        }
        // ReturnCase.Stage in SQL: the furthest milestone anyone reached.
        var staged = cases.Select(c => new
        {
            Case = c,
            Stage = c.Status == CaseStatus.Closed ? CaseStage.Closed
                : c.Persons.Any(p => p.PlanApprovedOn != null) ? CaseStage.PlanApproved
                : c.Persons.Any(p => p.ArrivedOn != null) ? CaseStage.Arrived
                : c.Persons.Any(p => p.DepartedOn != null) ? CaseStage.Departed
                : c.Persons.Any(p => p.TravelDocumentObtainedAt != null) ? CaseStage.TravelDocumentObtained
                : c.Persons.Any(p => p.EligibleOn != null) ? CaseStage.Eligible
                : c.Persons.Any(p => p.DecidedToReturnOn != null) ? CaseStage.DecidedToReturn
                : c.Persons.Any(p => p.CounselledOn != null) ? CaseStage.Counselled
                : CaseStage.Intake,
        });
        if (search.Stage is { } stage) staged = staged.Where(s => s.Stage == stage);
        var items = await staged
            .OrderByDescending(s => s.Case.CreatedAt).ThenByDescending(s => s.Case.Id)
            .Skip(search.Page * search.PageSize).Take(search.PageSize)
            .Select(s => new CaseSummary(s.Case.Id, s.Case.Number, s.Case.HostOffice, s.Case.CountryOfReturn, s.Case.ProgrammeId, s.Case.Status,
                s.Case.Persons.Where(p => p.IsPrincipal).Select(p => p.GivenNames + " " + p.FamilyName).FirstOrDefault() ?? "",
                s.Case.Persons.Count, s.Case.CreatedAt, s.Case.Version, overdueTasks.Any(t => t.CaseId == s.Case.Id), s.Case.CountryStatusChangedAt != null,
                s.Stage))
            .ToListAsync(cancellationToken);
        return await AsOriginOfficeSeesThemAsync(items, visibility, cancellationToken);
    }

    /// <summary>
    /// The rows the viewer sees only as the origin office name and count only the persons who consented to the transfer
    /// (CaseViews does the same for the case itself): the principal applicant may be one who did not. One small read of
    /// those rows' persons and consents, and none at all for a viewer without an origin office.
    /// </summary>
    private async Task<IReadOnlyList<CaseSummary>> AsOriginOfficeSeesThemAsync(List<CaseSummary> items, CaseVisibility visibility, CancellationToken cancellationToken)
    {
        if (visibility.Everything || visibility.Origins.Count == 0) return items;
        var candidates = items.Where(i => !visibility.Offices.Contains(i.HostOffice) && !visibility.Programmes.Contains(i.ProgrammeId)).Select(i => i.Id).ToList();
        if (candidates.Count == 0) return items;
        var holder = visibility.TaskHolder;
        var held = holder is null ? [] : await db.HumanTasks.Where(t => candidates.Contains(t.CaseId!) && (t.Assignee == holder || t.CompletedBy == holder)
                && !db.ReturnCases.Any(c => c.Id == t.CaseId && db.Offices.Any(o => o.Code == t.CandidateOffice && o.Country == c.CountryOfReturn)))
            .Select(t => t.CaseId!).Distinct().ToListAsync(cancellationToken);
        var originOnly = candidates.Except(held).ToHashSet();
        if (originOnly.Count == 0) return items;
        var persons = await db.Set<Person>().AsNoTracking().Include(p => p.Consents).Where(p => originOnly.Contains(p.CaseId)).ToListAsync(cancellationToken);
        var consented = persons.Where(p => p.HasConsented(ConsentKind.TransferToOriginOfficeAndPartners)).GroupBy(p => p.CaseId)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Position).ToList());
        return items.Select(i => originOnly.Contains(i.Id) && consented.TryGetValue(i.Id, out var shown)
            ? i with { PrincipalName = $"{shown[0].GivenNames} {shown[0].FamilyName}", PersonCount = shown.Count }
            : i).ToList();
    }

    /// <summary>The need-to-know rule as SQL: only the alternatives the viewer has become part of the query.</summary>
    private IQueryable<ReturnCase> Visible(CaseVisibility visibility)
    {
        var cases = db.ReturnCases.AsNoTracking();
        if (visibility.Everything) return cases;
        var offices = visibility.Offices.ToList();
        var programmes = visibility.Programmes.ToList();
        var holder = visibility.TaskHolder;
        var origins = visibility.Origins.ToList();
        const ConsentKind transfer = ConsentKind.TransferToOriginOfficeAndPartners;
        return cases.Where(c => offices.Contains(c.HostOffice) || programmes.Contains(c.ProgrammeId)
                                || (holder != null && db.HumanTasks.Any(t => t.CaseId == c.Id && (t.Assignee == holder || t.CompletedBy == holder)
                                    && !db.Offices.Any(o => o.Code == t.CandidateOffice && o.Country == c.CountryOfReturn)))
                                // The origin office: someone's latest transfer consent is given (ReturnCase.TransferConsented in SQL).
                                || (origins.Contains(c.CountryOfReturn) && c.Persons.Any(p => p.Consents.Where(k => k.Kind == transfer)
                                    .OrderByDescending(k => k.RecordedAt).Select(k => (ConsentDecision?)k.Decision).FirstOrDefault() == ConsentDecision.Given)));
    }
}
