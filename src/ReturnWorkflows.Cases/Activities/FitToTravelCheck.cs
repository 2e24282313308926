using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The fit-to-travel check (domain.md, lifecycle step 7), only where a medical need is recorded: without one the step
/// leaves through "Not needed" at once. With one, its task is made when the window before the flight opens (the
/// [design] number of days is an input) and the check must fall inside it. Not fit cancels the booking: the workflow
/// books again. The departure refuses "departed" while a needed check has not found them fit, whatever the drawing.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Fit-to-travel check", Kind = ActivityKind.Task,
    Description = "Where a medical need is recorded: check, in the days before the flight, that the person is fit to travel and that the airline's medical form is done. Leaves through 'Not needed' when nobody travelling has a medical need; the task appears when the window opens.")]
[FlowOutcomes(Fit, NotFit, NotNeeded, EscalatedOutcome)]
public sealed class FitToTravelCheck : CaseActivity<FitToTravelCheckForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.FitToTravelCheck";
    public const string Fit = "Fit to travel";
    public const string NotFit = "Not fit to travel";
    public const string NotNeeded = "Not needed";
    public const string WindowBookmarkName = "ReturnWorkflows.Cases.FitToTravelCheck.Window";
    public const int DefaultWindowDays = 3;

    [Input(DisplayName = "Window (days before the flight)", Description = "How many days before the flight the check may be done; its task appears when the window opens.",
        DefaultValue = DefaultWindowDays, Order = 8)]
    public int WindowDays { get; init; }

    public override IReadOnlyList<string> TaskOutcomes => [Fit, NotFit];
    protected override string DefaultTitle => "Fit-to-travel check";
    protected override string TaskDescription => "A medical need is recorded: check that they are fit to fly on the booked flight and that the airline's medical form is done. Not fit cancels the booking.";
    protected override string? DefaultDue => "+2 days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.OperationsOfficer, Roles.Counsellor, Roles.Supervisor];
    protected override IReadOnlyList<string> Preconditions => [CaseGates.Booking];

    public override void Execute(ActivityExecutionContext context)
    {
        if (context.Case is { } caseContext)
        {
            if (!caseContext.UnmetGates.Contains(CaseGates.FitToTravel))
            {
                context.Complete(NotNeeded);
                return;
            }
            // The window opens at the start (UTC) of its first day; a rebooked flight moves it, so waking checks again.
            if (!caseContext.UnmetGates.Contains(CaseGates.Booking) && caseContext.FlightDay is { } flightDay
                && flightDay.AddDays(-WindowOf(context)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) is var opens && opens > context.Now)
            {
                context.CreateBookmark(WindowBookmarkName, new JsonObject { ["opensAt"] = opens.ToString("O") }, dueAt: opens,
                    timerKind: "Fit-to-travel window", office: caseContext.HostOffice);
                return;
            }
        }
        base.Execute(context);
    }

    public override void Resume(ActivityExecutionContext context)
    {
        if (context.ResumedBookmark?.Name == WindowBookmarkName)
            Execute(context);
        else
            base.Resume(context);
    }

    protected override JsonObject? StepSettingsOf(ActivityExecutionContext context) => new() { [nameof(WindowDays)] = WindowOf(context) };

    private static int WindowOf(ActivityExecutionContext context) =>
        context.GetInput<int?>(nameof(WindowDays)) is > 0 and var days ? days : DefaultWindowDays;
}

[CaseForm("case.fit-to-travel-check", "Fit-to-travel check")]
public sealed record FitToTravelCheckForm(
    [property: Question("Day of the check", Required = true)] DateOnly? CheckedOn,
    [property: Question("The airline's medical form is done")] bool AirlineMedicalFormDone);

public sealed class FitToTravelCheckFormValidator : AbstractValidator<FitToTravelCheckForm>
{
    public FitToTravelCheckFormValidator() => RuleFor(f => f.CheckedOn).NotNull().WithMessage("Give the day of the check.");
}

public sealed class FitToTravelCheckAnswers(CaseAnswerServices services, IValidator<FitToTravelCheckForm> validator)
    : CaseActivityAnswers<FitToTravelCheckForm>(services, validator)
{
    private int _windowDays = FitToTravelCheck.DefaultWindowDays;

    public override string ActivityType => FitToTravelCheck.TypeName;
    protected override IReadOnlyList<string> Requires => [CaseGates.Booking];

    /// <summary>The window is the step's, as the designer set it when the task was made.</summary>
    protected override Task CheckAsync(ReturnCase returnCase, TaskAnswers answers, CancellationToken cancellationToken)
    {
        if (answers.Task.StepSettings is { } settings && JsonNode.Parse(settings)?[nameof(FitToTravelCheck.WindowDays)]?.GetValue<int>() is > 0 and var days)
            _windowDays = days;
        return Task.CompletedTask;
    }

    protected override JsonObject? Apply(ReturnCase returnCase, FitToTravelCheckForm form, string outcome, AnswerContext context)
    {
        returnCase.RecordFitToTravel(form.CheckedOn!.Value, outcome == FitToTravelCheck.Fit, form.AirlineMedicalFormDone, _windowDays, context.At, context.By);
        return null;
    }
}
