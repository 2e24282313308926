using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The origin office accepts or declines the case offered to it. Without a reaction in the time given (the EU's
/// reintegration tool: 7 days) it declines by itself and the host office's supervisors are told, so they can offer it
/// again. From acceptance the origin office holds the steps drawn for it (arrival, reintegration).
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Hand-over decision", Kind = ActivityKind.Task,
    Description = "The origin office accepts the case offered to it, or declines it saying why. Without a reaction within 'Declines by itself after' (7 days unless changed) it declines by itself and the host office's supervisors are told.")]
[FlowOutcomes(Accepted, Declined, EscalatedOutcome)]
public sealed class HandoverDecision : CaseActivity<HandoverDecisionForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.HandoverDecision";
    public const string Accepted = "Accepted";
    public const string Declined = "Declined";

    /// <summary>The [design] number of the domain brief: the EU's reintegration tool declines by itself after 7 days.</summary>
    public const string DefaultDeclineAfter = "+7 days";

    [Input(DisplayName = "Declines by itself after", Description = "How long the origin office has to react before the offer declines by itself: '+7 days', '+5 working days' (in the origin office's calendar).",
        DefaultValue = DefaultDeclineAfter, Order = 8)]
    public string? DeclineAfter { get; init; }

    [Output(DisplayName = "Declined by itself", Description = "Whether nobody reacted in time.")]
    public bool DeclinedByItself { get; init; }

    public override IReadOnlyList<string> TaskOutcomes => [Accepted, Declined];
    protected override string DefaultTitle => "Hand-over: accept or decline the case";
    protected override string TaskDescription => "A host office offers your office this case, with a needs assessment. Accept it to hold its arrival and reintegration, or decline it saying why. Without a reaction it declines by itself.";
    protected override string? DefaultDue => DefaultDeclineAfter;
    protected override string DefaultOffice => OriginOffice;
    protected override IReadOnlyList<string> AllowedRoles => [Roles.ReintegrationOfficer, Roles.Supervisor];

    protected override (string? After, string Outcome)? TimeoutOf(ActivityExecutionContext context) =>
        (context.GetInput<string>(nameof(DeclineAfter)) is { Length: > 0 } after ? after : DefaultDeclineAfter, Declined);
}

[CaseForm("case.handover-decision", "Hand-over: accept or decline the case")]
public sealed record HandoverDecisionForm(
    [property: Question("Why the office declines (when it does)", MaxLength = 2000)] string? Note);

public sealed class HandoverDecisionFormValidator : AbstractValidator<HandoverDecisionForm>
{
    public HandoverDecisionFormValidator() => RuleFor(f => f.Note).MaximumLength(2000);
}

public sealed class HandoverDecisionAnswers(CaseAnswerServices services, IValidator<HandoverDecisionForm> validator, CaseNotices notices)
    : CaseActivityAnswers<HandoverDecisionForm>(services, validator)
{
    public override string ActivityType => HandoverDecision.TypeName;

    protected override JsonObject? Apply(ReturnCase returnCase, HandoverDecisionForm form, string outcome, AnswerContext context)
    {
        var byItself = context.By == HumanTaskActivity.SystemActorId;
        returnCase.DecideHandover(outcome == HandoverDecision.Accepted,
            byItself ? "No reaction from the origin office in the time given." : form.Note, context.At, byItself ? null : context.By);
        return new JsonObject { [nameof(HandoverDecision.DeclinedByItself)] = byItself };
    }

    /// <summary>Declined by itself: the host office's supervisors hear, as for an escalation, so the case is offered again.</summary>
    protected override Task AfterAppliedAsync(ReturnCase returnCase, DateTime at, CancellationToken cancellationToken) =>
        returnCase.Handovers.FirstOrDefault(h => h.Status == HandoverStatus.DeclinedByItself && h.DecidedAt == at) is { } declined
            ? notices.TellAsync(returnCase.HostOffice, Roles.Supervisor, returnCase.Id, returnCase.Number, $"handover-declined-{declined.Id}",
                $"The origin office {declined.OriginOffice} did not react to the hand-over; it declined by itself", at, cancellationToken)
            : Task.CompletedTask;
}
