using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The end of support (domain.md, lifecycle step 12): the origin office proposes closing the case as "support period
/// ended"; a programme manager approves it on the case page (never who proposed it), which closes the case.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Closure at the end of support", Kind = ActivityKind.Task,
    Description = "Monitoring is over: propose closing the case as 'support period ended'. A programme manager then approves the closure on the case page.")]
[FlowOutcomes(Proposed, EscalatedOutcome)]
public sealed class SupportEndClosure : CaseActivity<SupportEndClosureForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.SupportEndClosure";
    public const string Proposed = "Closure proposed";

    public override IReadOnlyList<string> TaskOutcomes => [Proposed];
    protected override string DefaultTitle => "Propose closing the case: support ended";
    protected override string TaskDescription => "Monitoring is over. Check that nothing of the plan is open, then propose closing the case as 'support period ended'; a programme manager approves it.";
    protected override string? DefaultDue => "+10 working days";
    protected override string DefaultOffice => OriginOffice;
    protected override IReadOnlyList<string> AllowedRoles => [Roles.ReintegrationOfficer, Roles.Supervisor];
}

[CaseForm("case.support-end-closure", "Propose closing the case: support ended")]
public sealed record SupportEndClosureForm(
    [property: Question("Summary for the closure", MaxLength = 2000)] string? Note);

public sealed class SupportEndClosureFormValidator : AbstractValidator<SupportEndClosureForm>
{
    public SupportEndClosureFormValidator() => RuleFor(f => f.Note).MaximumLength(2000);
}

public sealed class SupportEndClosureAnswers(CaseAnswerServices services, IValidator<SupportEndClosureForm> validator, CaseNotices notices)
    : CaseActivityAnswers<SupportEndClosureForm>(services, validator)
{
    public override string ActivityType => SupportEndClosure.TypeName;

    protected override JsonObject? Apply(ReturnCase returnCase, SupportEndClosureForm form, string outcome, AnswerContext context)
    {
        // A closure proposed already (for another reason) waits for its decision: not proposed twice.
        if (returnCase.PendingClosure is null)
            returnCase.ProposeClosure(ClosureReason.SupportPeriodEnded, string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim(), context.At, context.By);
        return null;
    }

    /// <summary>As for a closure proposed on the case page: the office's programme managers are told.</summary>
    protected override Task AfterAppliedAsync(ReturnCase returnCase, DateTime at, CancellationToken cancellationToken) =>
        notices.ClosureProposedByStepAsync(returnCase, at, cancellationToken);
}
