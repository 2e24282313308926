using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The approval of a reintegration plan above the programme's cap, by the approver the programme names (the donor's
/// authority; when it names none, another programme manager). A plan within the caps leaves through "Not needed" at
/// once, so one drawing serves both.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Approval above the cap", Kind = ActivityKind.Task,
    Description = "Where the approved reintegration plan is above the programme's cap: the approver the programme names approves it or sends it back. Leaves through 'Not needed' when the plan is within the caps.")]
[FlowOutcomes(Approved, SentBack, NotNeeded, EscalatedOutcome)]
public sealed class CapApproval : CaseActivity<CapApprovalForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.CapApproval";
    public const string Approved = "Approved";
    public const string SentBack = "Sent back";
    public const string NotNeeded = "Not needed";

    public override IReadOnlyList<string> TaskOutcomes => [Approved, SentBack];
    protected override string DefaultTitle => "Approve the reintegration plan above the cap";
    protected override string TaskDescription => "The reintegration plan is above the programme's cap. If you are the approver the programme names, approve it or send it back to the origin office saying what to change.";
    protected override string? DefaultDue => "+10 working days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.ProgrammeManager];

    public override void Execute(ActivityExecutionContext context)
    {
        if (context.Case is { } caseContext && !caseContext.UnmetGates.Contains(CaseGates.CapApproval))
        {
            context.Complete(NotNeeded);
            return;
        }
        base.Execute(context);
    }
}

[CaseForm("case.cap-approval", "Approve the reintegration plan above the cap")]
public sealed record CapApprovalForm(
    [property: Question("What to change (when sending it back)", MaxLength = ReintegrationPlan.MaxNoteLength)] string? Note);

public sealed class CapApprovalFormValidator : AbstractValidator<CapApprovalForm>
{
    public CapApprovalFormValidator() => RuleFor(f => f.Note).MaximumLength(ReintegrationPlan.MaxNoteLength);
}

public sealed class CapApprovalAnswers(CaseAnswerServices services, IValidator<CapApprovalForm> validator, IReferenceDataStore referenceData)
    : CaseActivityAnswers<CapApprovalForm>(services, validator)
{
    private IReadOnlyCollection<string> _approvers = [];

    public override string ActivityType => CapApproval.TypeName;

    protected override async Task CheckAsync(ReturnCase returnCase, TaskAnswers answers, CancellationToken cancellationToken) =>
        _approvers = (await referenceData.FindProgrammeAsync(returnCase.ProgrammeId, cancellationToken))?.CapApprovers
                     ?? throw new ConflictException("programmeId", "The case's programme does not exist any more.");

    protected override JsonObject? Apply(ReturnCase returnCase, CapApprovalForm form, string outcome, AnswerContext context)
    {
        if (outcome == CapApproval.SentBack)
            returnCase.SendBackReintegrationPlan(form.Note ?? "", context.At, context.By);
        else
            returnCase.ApproveReintegrationPlanAboveCap(_approvers, context.At, context.By);
        return null;
    }
}
