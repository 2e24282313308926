using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The delivery of the approved plan (domain.md, lifecycle step 10): each item is recorded on the case page as it is
/// paid, handed over or referred, with its receipt; the task completes once every item is. Its due date is the
/// [design] reminder "not delivered 60 days after approval": whoever holds it is told then, its supervisors later.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Reintegration delivery", Kind = ActivityKind.Task,
    Description = "The origin office delivers the approved plan, recording each item on the case page with its receipt or hand-over certificate, and completes this task when all are. Due 60 days after the approval (the holder is reminded then) unless changed here.")]
[FlowOutcomes(Delivered, EscalatedOutcome)]
public sealed class ReintegrationDelivery : CaseActivity<ReintegrationDeliveryForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.ReintegrationDelivery";
    public const string Delivered = "All delivered";

    public override IReadOnlyList<string> TaskOutcomes => [Delivered];
    protected override string DefaultTitle => "Deliver the reintegration plan";
    protected override string TaskDescription => "Record each item of the approved plan on the case page as it is paid, handed over or referred, with its receipt. Complete this task when all are delivered.";
    protected override string? DefaultDue => "+60 days";
    protected override string? DefaultEscalateAfter => "+14 days";
    protected override string DefaultOffice => OriginOffice;
    protected override IReadOnlyList<string> AllowedRoles => [Roles.ReintegrationOfficer, Roles.Supervisor];
}

[CaseForm("case.reintegration-delivery", "Deliver the reintegration plan")]
public sealed record ReintegrationDeliveryForm(
    [property: Question("Remarks on the delivery", MaxLength = ReintegrationPlan.MaxNoteLength)] string? Note);

public sealed class ReintegrationDeliveryFormValidator : AbstractValidator<ReintegrationDeliveryForm>
{
    public ReintegrationDeliveryFormValidator() => RuleFor(f => f.Note).MaximumLength(ReintegrationPlan.MaxNoteLength);
}

public sealed class ReintegrationDeliveryAnswers(CaseAnswerServices services, IValidator<ReintegrationDeliveryForm> validator)
    : CaseActivityAnswers<ReintegrationDeliveryForm>(services, validator)
{
    public override string ActivityType => ReintegrationDelivery.TypeName;

    protected override JsonObject? Apply(ReturnCase returnCase, ReintegrationDeliveryForm form, string outcome, AnswerContext context)
    {
        returnCase.RequireEverythingDelivered();
        return null;
    }
}
