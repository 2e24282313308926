using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The reintegration plan drawn up with the returnees (domain.md, lifecycle step 9), due within about a month of the
/// arrival. Its items are entered on the case page (a list a flat task form cannot hold); the task submits the plan
/// as agreed, or records that the returnees decline support, which proposes the case's closure with that reason.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Reintegration plan", Kind = ActivityKind.Task,
    Description = "The origin office draws up the reintegration plan with the returnees (its items on the case page) and submits it for approval, or records that they decline support (the case's closure is proposed). Due 30 days after the arrival unless changed here.")]
[FlowOutcomes(Submitted, Declined, EscalatedOutcome)]
public sealed class ReintegrationPlanning : CaseActivity<ReintegrationPlanForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.ReintegrationPlanning";
    public const string Submitted = "Submitted";
    public const string Declined = "Declines support";

    public override IReadOnlyList<string> TaskOutcomes => [Submitted, Declined];
    protected override string DefaultTitle => "Reintegration plan";
    protected override string TaskDescription => "Agree the reintegration plan with the returnees: add its items on the case page (immediate, economic and social support, each with its amount), then submit it here for approval. If they decline support, say so here.";
    protected override string? DefaultDue => "+30 days";
    protected override string? DefaultEscalateAfter => "+7 days";
    protected override string DefaultOffice => OriginOffice;
    protected override IReadOnlyList<string> AllowedRoles => [Roles.ReintegrationOfficer, Roles.Supervisor];
}

[CaseForm("case.reintegration-plan", "Reintegration plan")]
public sealed record ReintegrationPlanForm(
    [property: Question("Day the returnees agreed to the plan (when submitting it)")] DateOnly? AgreedOn,
    [property: Question("Why they decline support (when they do)", MaxLength = ReintegrationPlan.MaxNoteLength)] string? Note);

public sealed class ReintegrationPlanFormValidator : AbstractValidator<ReintegrationPlanForm>
{
    public ReintegrationPlanFormValidator() => RuleFor(f => f.Note).MaximumLength(ReintegrationPlan.MaxNoteLength);
}

public sealed class ReintegrationPlanAnswers(CaseAnswerServices services, IValidator<ReintegrationPlanForm> validator, CaseNotices notices)
    : CaseActivityAnswers<ReintegrationPlanForm>(services, validator)
{
    public override string ActivityType => ReintegrationPlanning.TypeName;

    protected override JsonObject? Apply(ReturnCase returnCase, ReintegrationPlanForm form, string outcome, AnswerContext context)
    {
        if (outcome == ReintegrationPlanning.Declined)
        {
            if (string.IsNullOrWhiteSpace(form.Note))
                throw new CaseRuleException("form.note", "Say why the returnees decline support.");
            returnCase.DeclineReintegration(form.Note, context.At, context.By);
        }
        else
        {
            returnCase.SubmitReintegrationPlan(form.AgreedOn ?? throw new CaseRuleException("form.agreedOn", "Give the day the returnees agreed to the plan."),
                context.At, context.By);
        }
        return null;
    }

    /// <summary>Declining proposes the closure: the host office's programme managers are told, as for any proposal.</summary>
    protected override Task AfterAppliedAsync(ReturnCase returnCase, DateTime at, CancellationToken cancellationToken) =>
        notices.ClosureProposedByStepAsync(returnCase, at, cancellationToken);
}
