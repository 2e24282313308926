using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// A programme manager approves the submitted reintegration plan or sends it back saying why (four eyes: never who
/// submitted it). Within the programme's caps the plan is approved; above them the approval above the cap follows.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Reintegration plan approval", Kind = ActivityKind.Task,
    Description = "A programme manager approves the reintegration plan or sends it back to the origin office saying why. A plan above the programme's cap then needs the approval above the cap.")]
[FlowOutcomes(Approved, SentBack, EscalatedOutcome)]
public sealed class PlanApproval : CaseActivity<PlanApprovalForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.PlanApproval";
    public const string Approved = "Approved";
    public const string SentBack = "Sent back";

    [Output(DisplayName = "Above the cap", Description = "Whether the approved plan is above the programme's cap (the approval above the cap is then needed).")]
    public bool AboveCap { get; init; }

    public override IReadOnlyList<string> TaskOutcomes => [Approved, SentBack];
    protected override string DefaultTitle => "Approve the reintegration plan";
    protected override string TaskDescription => "Read the reintegration plan on the case page and approve it, or send it back to the origin office saying what to change.";
    protected override string? DefaultDue => "+5 working days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.ProgrammeManager];
}

[CaseForm("case.plan-approval", "Approve the reintegration plan")]
public sealed record PlanApprovalForm(
    [property: Question("What to change (when sending it back)", MaxLength = ReintegrationPlan.MaxNoteLength)] string? Note);

public sealed class PlanApprovalFormValidator : AbstractValidator<PlanApprovalForm>
{
    public PlanApprovalFormValidator() => RuleFor(f => f.Note).MaximumLength(ReintegrationPlan.MaxNoteLength);
}

public sealed class PlanApprovalAnswers(CaseAnswerServices services, IValidator<PlanApprovalForm> validator, IReferenceDataStore referenceData,
    CaseNotices notices) : CaseActivityAnswers<PlanApprovalForm>(services, validator)
{
    private ReintegrationCaps _caps = new(null, null);
    private IReadOnlyList<string> _capApprovers = [];

    public override string ActivityType => PlanApproval.TypeName;

    /// <summary>The caps are the programme's as they are now, read here since applying has no store.</summary>
    protected override async Task CheckAsync(ReturnCase returnCase, TaskAnswers answers, CancellationToken cancellationToken)
    {
        var programme = await referenceData.FindProgrammeAsync(returnCase.ProgrammeId, cancellationToken)
                        ?? throw new ConflictException("programmeId", "The case's programme does not exist any more.");
        _caps = new ReintegrationCaps(programme.CapPerPerson, programme.CapPerHousehold);
        _capApprovers = programme.CapApprovers;
    }

    protected override JsonObject? Apply(ReturnCase returnCase, PlanApprovalForm form, string outcome, AnswerContext context)
    {
        if (outcome == PlanApproval.SentBack)
        {
            returnCase.SendBackReintegrationPlan(form.Note ?? "", context.At, context.By);
            return null;
        }
        return new JsonObject { [nameof(PlanApproval.AboveCap)] = returnCase.ApproveReintegrationPlan(_caps, context.At, context.By) };
    }

    /// <summary>Above the cap, whoever approves it next is told.</summary>
    protected override Task AfterAppliedAsync(ReturnCase returnCase, DateTime at, CancellationToken cancellationToken) =>
        returnCase.ReintegrationPlan?.Status == PlanStatus.AwaitingCapApproval && returnCase.ReintegrationPlan.ApprovedAt == at
            ? notices.PlanAboveCapAsync(returnCase, _capApprovers, at, cancellationToken)
            : Task.CompletedTask;
}
