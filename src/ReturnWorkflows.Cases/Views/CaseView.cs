using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Views;

/// <summary>
/// A case as one viewer may see it. <see cref="Sections"/> lists what the answer holds; a section the viewer may not
/// see is absent (its rows are not in the lists), never masked.
/// </summary>
public sealed record CaseView(
    string Id, string Number, string HostOffice, string CountryOfReturn, string ProgrammeId, CaseStatus Status,
    ClosureReason? ClosureReason, DateTime CreatedAt, string CreatedBy, DateTime UpdatedAt, string UpdatedBy, int Version,
    IReadOnlyList<PersonView> Persons, IReadOnlyList<string> Sections, CounsellingView? Counselling = null,
    IReadOnlyList<AssessmentView>? Assessments = null, IReadOnlyList<WaitingStepView>? WaitingFor = null, ClosureView? Closure = null,
    CountryStatusFlag? CountryStatusFlag = null, bool AsOriginOffice = false,
    TravelDocumentsView? TravelDocuments = null, HandoverSectionView? Handover = null, ReintegrationView? Reintegration = null,
    LegalStatusView? LegalStatus = null, bool IsTest = false, CaseStage Stage = CaseStage.Intake);

/// <summary>The legal status in the host country (the host office's) and the voluntary-departure deadline with its history.</summary>
public sealed record LegalStatusView(LegalStatusKind? Status, string? Note, DateTime? RecordedAt, string? RecordedBy, DateOnly? DepartureDeadline,
    IReadOnlyList<DeadlineView> Deadlines)
{
    public static LegalStatusView Of(ReturnCase c) => new(c.LegalStatus, c.LegalStatusNote, c.LegalStatusRecordedAt, c.LegalStatusRecordedBy,
        c.CurrentDepartureDeadline?.Deadline,
        c.DepartureDeadlines.OrderBy(d => d.Sequence).Select(d => new DeadlineView(d.Deadline, d.Change, d.Reference, d.RecordedAt, d.RecordedBy)).ToList());
}

public sealed record DeadlineView(DateOnly Deadline, DeadlineChange Change, string? Reference, DateTime RecordedAt, string RecordedBy);

/// <summary>
/// The hand-over section, which the origin office sees too: the offers with their needs assessment and decision, and
/// the household's flight (the latest booking that has not been cancelled) so the office can meet them on arrival.
/// </summary>
public sealed record HandoverSectionView(IReadOnlyList<HandoverView> Offers, string? AcceptedBy, string? FlightNumber, DateOnly? FlightDay,
    string? Route, BookingStatus? FlightStatus)
{
    public static HandoverSectionView Of(ReturnCase c)
    {
        var flight = c.Bookings.Where(b => b.Status != BookingStatus.Cancelled).OrderBy(b => b.BookedAt).LastOrDefault();
        return new HandoverSectionView(
            c.Handovers.OrderBy(h => h.OfferedAt).Select(h => new HandoverView(h.Id, h.OriginOffice, h.NeedsAssessment, h.Status, h.OfferedAt, h.OfferedBy,
                h.DecidedAt, h.DecidedBy, h.DecisionNote)).ToList(),
            c.AcceptedBy, flight?.FlightNumber, flight?.DepartsOn, flight?.Route, flight?.Status);
    }
}

public sealed record HandoverView(string Id, string OriginOffice, string NeedsAssessment, HandoverStatus Status, DateTime OfferedAt, string OfferedBy,
    DateTime? DecidedAt, string? DecidedBy, string? DecisionNote);

/// <summary>
/// The travel section: the planned departure, the requests to the authorities, the documents received and the
/// bookings with their pre-departure steps and outcome, oldest first.
/// </summary>
public sealed record TravelDocumentsView(DateOnly? PlannedDeparture, IReadOnlyList<TravelDocumentRequestView> Requests, IReadOnlyList<TravelDocumentView> Documents,
    IReadOnlyList<TravelBookingView>? Bookings = null)
{
    public static TravelDocumentsView Of(ReturnCase c) => new(
        c.PlannedDepartureOn,
        c.TravelDocumentRequests.OrderBy(r => r.RecordedAt).Select(r => new TravelDocumentRequestView(r.Id, r.Authority, r.RequestedOn, r.Reference, r.RecordedAt, r.RecordedBy)).ToList(),
        c.TravelDocuments.OrderBy(d => d.RecordedAt).Select(d => new TravelDocumentView(d.Id, d.PersonId, d.Kind, d.Number, d.ExpiresOn, d.ReceivedOn, d.RecordedAt, d.RecordedBy)).ToList(),
        c.Bookings.OrderBy(b => b.BookedAt).Select(b => new TravelBookingView(b.Id, b.FlightNumber, b.DepartsOn, b.Route, b.Escort, b.GroupReference,
            b.TravellerIds, b.Status, b.BookedAt, b.BookedBy, b.BriefedOn, b.AllowanceAmount, b.AllowanceCurrency, b.ConsentReconfirmedOn,
            b.FitCheckedOn, b.FitToTravel, b.AirlineMedicalFormDone, b.OutcomeOn, b.OutcomeNote)).ToList());
}

public sealed record TravelBookingView(string Id, string FlightNumber, DateOnly DepartsOn, string Route, string? Escort, string? GroupReference,
    IReadOnlyList<string> TravellerIds, BookingStatus Status, DateTime BookedAt, string BookedBy, DateOnly? BriefedOn, decimal? AllowanceAmount,
    string? AllowanceCurrency, DateOnly? ConsentReconfirmedOn, DateOnly? FitCheckedOn, bool? FitToTravel, bool? AirlineMedicalFormDone,
    DateOnly? OutcomeOn, string? OutcomeNote);

public sealed record TravelDocumentRequestView(string Id, string Authority, DateOnly RequestedOn, string? Reference, DateTime RecordedAt, string RecordedBy);

public sealed record TravelDocumentView(string Id, string PersonId, TravelDocumentKind Kind, string Number, DateOnly ExpiresOn, DateOnly ReceivedOn,
    DateTime RecordedAt, string RecordedBy);

/// <summary>A protection or eligibility step recorded on the case; the sensitive kinds only for the protection roles.</summary>
public sealed record AssessmentView(string Id, string? PersonId, AssessmentKind Kind, string Outcome, string? Reference, string? Details,
    DateTime RecordedAt, string RecordedBy);

/// <summary>A step of the case's workflow that makes no task yet: it waits for these gates (codes, still unmet now).</summary>
public sealed record WaitingStepView(string WorkflowInstanceId, string ActivityId, IReadOnlyList<string> Gates, DateTime Since);

/// <param name="Withdrawal">Set when the person dropped the return; the case goes on with the others.</param>
/// <param name="RetentionFlaggedAt">When they withdrew their consent to data processing (nothing more is recorded about them).</param>
/// <param name="TravelDocumentObtainedAt">Milestone: when they first had a travel document for the return.</param>
public sealed record PersonView(
    string Id, bool IsPrincipal, PersonDetails Details, IReadOnlyList<ConsentView> Consents, IReadOnlyList<VulnerabilityView> Vulnerabilities,
    WithdrawalView? Withdrawal = null, DateTime? RetentionFlaggedAt = null, DateTime? TravelDocumentObtainedAt = null);

public sealed record WithdrawalView(WithdrawalReason Reason, string? Note, DateTime At, string By);

/// <summary>A proposed closure waiting for a manager, and who closed the case when it is closed.</summary>
public sealed record ClosureView(ClosureProposal? Proposal, DateTime? ClosedAt, string? ClosedBy);

public sealed record ConsentView(
    string Id, ConsentKind Kind, ConsentDecision Decision, ConsentMethod Method, string Language, string? Interpreter, string? Guardian,
    DateTime RecordedAt, string RecordedBy);

public sealed record VulnerabilityView(string Id, VulnerabilityKind Kind, string Findings, DateTime RecordedAt, string RecordedBy);

/// <summary>What a saved change answers: the case's new version, for the next save.</summary>
public sealed record CaseSaved(string CaseId, int Version);

/// <summary>What an intake answers. No personal data: it is also what a retried request with the same key gets back.</summary>
public sealed record OpenedCase(string CaseId, string Number, int Version, string? WorkflowInstanceId);
