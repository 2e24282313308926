using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Demo;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Engine.Runtime.Timers;
using ReturnWorkflows.Engine.Serialization;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Commands;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Demo;

/// <summary>
/// Works an opened demo case through the shipped lifecycle up to its <see cref="DemoStage"/>: each step is the task
/// its office's demo user would complete from the inbox (through <see cref="CompleteHumanTask"/>, as the task page
/// does), or the case-page command they would send, on a backdated day counted from the intake; timers due by then
/// fire first, as they would have. A step whose day is still to come, or that the rules refuse, ends the journey there:
/// the case stays as valid as anything the commands allow.
/// </summary>
internal sealed class DemoJourney(IServiceScopeFactory scopes, TimerDrain timers, ILogger logger)
{
    /// <summary>Day of the flight, counted from the intake (the booking is made on day 30).</summary>
    private const int FlightDay = 44;

    private delegate Task Act(Play play);

    private sealed record Step(DemoStage Reaches, int Day, string What, Act Act);

    /// <summary>The whole lifecycle in the order an ordinary single return goes through it, each step tagged with the stage it leads to.</summary>
    private static readonly Step[] Steps =
    [
        new(DemoStage.Counselled, 1, "intake review", p => p.CompleteAsync(Roles.Counsellor, "Intake review", IntakeReview.Complete, new IntakeReviewForm(null))),
        new(DemoStage.Counselled, 2, "counselling session", p => p.CompleteAsync(Roles.Counsellor, "Counselling session", CounsellingSession.DecidedToReturn,
            new CounsellingSessionForm(p.Day, p.Language, p.Interpreter is not null, p.Interpreter, true, true, true, true, $"{p.Demo.CountryOfReturn}-2026-03", null))),
        new(DemoStage.EligibilityApproved, 3, "protection screen", p => p.CompleteAsync(Roles.Counsellor, "Protection screen", ProtectionScreen.NoConcerns,
            new ProtectionScreenForm(false, false, false, null))),
        new(DemoStage.EligibilityApproved, 5, "eligibility proposal", p => p.CompleteAsync(Roles.Counsellor, "Eligibility proposal", EligibilityProposal.ProposedEligible,
            new EligibilityProposalForm(true, true, true, true, true, true, null))),
        new(DemoStage.EligibilityApproved, 6, "eligibility approval", p => p.CompleteAsync(Roles.Supervisor, "Eligibility approval", EligibilityApproval.Approved,
            new EligibilityApprovalForm(null))),
        new(DemoStage.TravelDocumentRequested, 7, "return application", p => p.CompleteAsync(Roles.Counsellor, "Return application and informed consent",
            ReturnApplicationConsent.Consented, persons => new ReturnApplicationConsentForm(persons.Select(id => new ReturnApplicationRow(id, true, true)).ToList(),
                ConsentMethod.Written, p.Language, p.Interpreter, null))),
        new(DemoStage.TravelDocumentRequested, 7, "embassy-contact consent", p => p.CompleteAsync(Roles.Counsellor, "Embassy-contact consent",
            EmbassyContactConsent.Consented, persons => new EmbassyContactConsentForm(persons.Select(id => new EmbassyContactRow(id, true)).ToList(),
                ConsentMethod.Written, p.Language, p.Interpreter, null))),
        new(DemoStage.TravelDocumentRequested, 8, "travel document request", p => p.CompleteAsync(Roles.OperationsOfficer, "Travel document request",
            TravelDocumentRequest.Requested, new TravelDocumentRequestForm($"Embassy ({p.Demo.CountryOfReturn}), Sarajevo", p.Day, $"{p.Demo.CountryOfReturn}/LP/{p.Day:MMdd}"))),
        new(DemoStage.FlightBooked, 29, "travel document receipt", p => p.CompleteAsync(Roles.OperationsOfficer, "Travel document receipt",
            TravelDocumentReceipt.Received, persons => new TravelDocumentReceiptForm(persons.Select((id, i) =>
                new TravelDocumentRow(id, TravelDocumentKind.LaissezPasser, $"LP-{p.Day:yyMMdd}-{i + 1}", p.Day.AddMonths(3))).ToList(), p.Day))),
        new(DemoStage.FlightBooked, 30, "flight booking", p => p.CompleteAsync(Roles.OperationsOfficer, "Flight booking", FlightBooking.Booked,
            new FlightBookingForm("TK 1022", p.DayOf(FlightDay), "SJJ - IST - " + p.Demo.CountryOfReturn, null, null))),
        new(DemoStage.FlightBooked, 31, "pre-departure briefing", p => p.CompleteAsync(Roles.Counsellor, "Pre-departure briefing", PreDepartureBriefing.Briefed,
            new PreDepartureBriefingForm(p.Day, 50m * p.Persons.Count, true))),
        new(DemoStage.Arrived, 32, "hand-over offer", p => p.CompleteAsync(Roles.Counsellor, "Hand-over offer to the origin office", HandoverOffer.Offered,
            new HandoverOfferForm("Housing for the first month; wants to open a small shop with a relative."))),
        new(DemoStage.Arrived, 33, "hand-over decision", p => p.CompleteAsync(Roles.ReintegrationOfficer, "Hand-over: accept or decline the case",
            HandoverDecision.Accepted, new HandoverDecisionForm(null))),
        new(DemoStage.Arrived, FlightDay, "departure", p => p.CompleteAsync(Roles.OperationsOfficer, "Departure confirmation", DepartureConfirmation.Departed,
            new DepartureConfirmationForm(p.Day, null))),
        new(DemoStage.Arrived, FlightDay + 1, "arrival", p => p.CompleteAsync(Roles.ReintegrationOfficer, "Arrival confirmation", ArrivalConfirmation.Arrived,
            new ArrivalConfirmationForm(p.Day))),
        new(DemoStage.Arrived, FlightDay + 8, "plan item", p => p.SendAsync(Roles.ReintegrationOfficer, (viewer, c) => new AddReintegrationItem(viewer, c.Id, c.Version,
            ReintegrationItemKind.MicroBusiness, null, "Stock and fittings for a small grocery", 1_200m, SupportModality.InKind, false, null))),
        new(DemoStage.Monitored, FlightDay + 9, "plan submitted", p => p.CompleteAsync(Roles.ReintegrationOfficer, "Reintegration plan", ReintegrationPlanning.Submitted,
            new ReintegrationPlanForm(p.Day, null))),
        new(DemoStage.Monitored, FlightDay + 11, "plan approved", p => p.CompleteAsync(Roles.ProgrammeManager, "Approve the reintegration plan", PlanApproval.Approved,
            new PlanApprovalForm(null))),
        new(DemoStage.Monitored, FlightDay + 25, "delivery", p => p.SendAsync(Roles.ReintegrationOfficer, (viewer, c) => new RecordReintegrationDelivery(viewer, c.Id,
            c.Version, c.Reintegration!.Plan!.Items[0].Id, p.Day, "Shelves and first stock handed over; shop opened.", null))),
        new(DemoStage.Monitored, FlightDay + 25, "delivery task", p => p.CompleteAsync(Roles.ReintegrationOfficer, "Deliver the reintegration plan",
            ReintegrationDelivery.Delivered, new ReintegrationDeliveryForm(null))),
        new(DemoStage.Monitored, FlightDay + 27, "baseline survey", p => p.SendAsync(Roles.ReintegrationOfficer, (viewer, c) => new RecordSurveyResponse(viewer, c.Id,
            c.Version, SurveyRound.Baseline, c.Reintegration!.ReturneeIds[0], p.Day, BaselineAnswers))),
        new(DemoStage.Monitored, FlightDay + 27, "baseline survey task", p => p.CompleteAsync(Roles.ReintegrationOfficer, "Sustainability survey (baseline)",
            SustainabilitySurveyStep.Recorded, new SustainabilitySurveyForm(null))),
        // The first contact is planned a month after the arrival (day 45): its task appears a week before.
        new(DemoStage.Monitored, FlightDay + 1 + 31, "first monitoring visit", p => p.CompleteAsync(Roles.ReintegrationOfficer, "Monitoring visit", MonitoringContact.Held,
            new MonitoringContactForm(p.Day, MonitoringChannel.Visit, "Shop open; earns enough for rent and food."))),
    ];

    /// <summary>
    /// A form record as the task page posts it: its fields, without the values a form computes from them (a screen's
    /// <c>Indicators</c>), which are not fields of the form.
    /// </summary>
    private static readonly JsonSerializerOptions FormAnswers = new(EngineJson.Options) { IgnoreReadOnlyProperties = true };

    /// <summary>The sample survey's answers, a month into the business: getting by, not yet settled.</summary>
    private static readonly IReadOnlyDictionary<string, string> BaselineAnswers = new Dictionary<string, string>
    {
        ["income"] = "partly", ["work"] = "regular", ["unexpected-expense"] = "no", ["housing"] = "yes", ["health-care"] = "sometimes",
        ["schooling"] = "no-children", ["belonging"] = "somewhat", ["distress"] = "sometimes", ["safety"] = "yes",
    };

    public async Task PlayAsync(DemoCase demo, string caseId, string number, IReadOnlyList<NewPerson> persons, DateTime opened, DateTime now,
        CancellationToken cancellationToken)
    {
        foreach (var step in Steps.Where(s => s.Reaches <= demo.Stage))
        {
            // Mid-morning of the step's day, office time; never in the future (the demo may start right after the programme's).
            var at = opened.Date.AddDays(step.Day).AddHours(9 + step.Day % 3).AddMinutes(opened.Minute);
            if (at > now.AddHours(-1))
            {
                logger.LogInformation("Demo case {Number} stops before its {Step}: that day is still to come", number, step.What);
                return;
            }
            using var backdated = BackdatedClock.At(at);
            await timers.DrainAsync(cancellationToken);
            try
            {
                await step.Act(new Play(scopes, demo, caseId, persons, opened, at, cancellationToken));
            }
            catch (Exception refused) when (refused is Engine.Application.CommandFailedException or InvalidOperationException)
            {
                // A reason names a rule, never a person.
                logger.LogWarning("Demo case {Number} stops at its {Step}: {Reason}", number, step.What, refused.Message);
                return;
            }
        }
    }

    /// <summary>One step's moment: the case, the day, and how its people act.</summary>
    private sealed class Play(IServiceScopeFactory scopes, DemoCase demo, string caseId, IReadOnlyList<NewPerson> persons, DateTime opened,
        DateTime at, CancellationToken cancellationToken)
    {
        public DemoCase Demo => demo;
        public IReadOnlyList<NewPerson> Persons => persons;
        public DateOnly Day => DateOnly.FromDateTime(at);
        public DateOnly DayOf(int dayAfterIntake) => DateOnly.FromDateTime(opened).AddDays(dayAfterIntake);

        /// <summary>The principal's first language, and the office's interpreter for it unless that is English.</summary>
        public string Language => persons[0].Details.Languages[0];
        public string? Interpreter => Language is "English" ? null : $"{Language} interpreter (demo)";

        /// <summary>Completes the case's open task titled <paramref name="title"/> as the demo user holding <paramref name="role"/> for it.</summary>
        public Task CompleteAsync(string role, string title, string outcome, object form) => CompleteAsync(role, title, outcome, _ => form, rows: false);

        /// <summary>The same for a form with a row per person: built from the persons the task page lists, by id.</summary>
        public Task CompleteAsync(string role, string title, string outcome, Func<IReadOnlyList<string>, object> form) =>
            CompleteAsync(role, title, outcome, form, rows: true);

        private async Task CompleteAsync(string role, string title, string outcome, Func<IReadOnlyList<string>, object> form, bool rows)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
            var task = await db.HumanTasks.AsNoTracking()
                           .Where(t => t.CaseId == caseId && t.Title == title
                                       && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned || t.Status == HumanTaskStatus.Escalated))
                           .FirstOrDefaultAsync(cancellationToken)
                       ?? throw new InvalidOperationException($"the case has no open task '{title}'");
            var user = DemoUser(role, task.CandidateOffice ?? demo.Office);
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var persons = rows && task.FormKey is { } key
                ? (await mediator.Send(new GetCaseFormPrefill(user, caseId, key), cancellationToken))?.Persons.Select(p => p.Id).ToList() ?? []
                : [];
            var answers = form(persons);
            await mediator.Send(new CompleteHumanTask(task.Id, new TaskActor(user.UserName, user.Roles, user.Office),
                outcome, JsonSerializer.SerializeToNode(answers, answers.GetType(), FormAnswers)!.AsObject()), cancellationToken);
        }

        /// <summary>Sends a case-page command as the demo user holding <paramref name="role"/>, built from the case as they see it.</summary>
        public async Task SendAsync<TResult>(string role, Func<CaseViewer, CaseView, IRequest<TResult>> command)
        {
            await using var scope = scopes.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var office = role == Roles.ReintegrationOfficer ? OfficeCodes.Islamabad : demo.Office;
            var viewer = DemoUser(role, office);
            var seen = await mediator.Send(new GetCase(viewer, caseId), cancellationToken);
            await mediator.Send(command(viewer, seen), cancellationToken);
        }

        // The programme's demo manager works from Sarajevo whichever office's task it is.
        private static CaseViewer DemoUser(string role, string office) =>
            DemoCaseSeeding.DemoViewer(role, role == Roles.ProgrammeManager ? OfficeCodes.Sarajevo : office)
            ?? throw new InvalidOperationException($"no demo {role} works at {office}");
    }
}
