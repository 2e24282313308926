using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>A supervisor approves or refuses the eligibility proposal; never the one who proposed it.</summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Eligibility approval", Kind = ActivityKind.Task,
    Description = "A supervisor other than the one who proposed it approves or refuses the eligibility proposal. Waits until the protection screen, the vulnerability assessment, a child's determination and guardian consent and a case-by-case country's clearance are recorded; a suspended country cannot be approved.")]
[FlowOutcomes(Approved, Refused, EscalatedOutcome)]
public sealed class EligibilityApproval : CaseActivity<EligibilityApprovalForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.EligibilityApproval";
    public const string Approved = "Approved";
    public const string Refused = "Refused";

    [Output(DisplayName = "Eligible", Description = "Whether the case is now approved as eligible.")]
    public bool Eligible { get; init; }

    public override IReadOnlyList<string> TaskOutcomes => [Approved, Refused];
    protected override string DefaultTitle => "Eligibility approval";
    protected override string TaskDescription => "Review the eligibility proposal against the programme's criteria and the country's status, and approve or refuse it (saying why). You cannot decide on a proposal of your own.";
    protected override string DefaultDue => "+2 working days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.Supervisor];
    protected override IReadOnlyList<string> Preconditions => CaseGates.BeforeEligibilityApproval;
}

[CaseForm("case.eligibility-approval", "Eligibility approval")]
public sealed record EligibilityApprovalForm(
    [property: Question("Note (why refused, if so)", MaxLength = 2000)] string? Note);

public sealed class EligibilityApprovalFormValidator : AbstractValidator<EligibilityApprovalForm>
{
    public EligibilityApprovalFormValidator() => RuleFor(f => f.Note).MaximumLength(2000);
}

public sealed class EligibilityApprovalAnswers(CaseAnswerServices services, IValidator<EligibilityApprovalForm> validator)
    : CaseActivityAnswers<EligibilityApprovalForm>(services, validator)
{
    public override string ActivityType => EligibilityApproval.TypeName;
    protected override IReadOnlyList<string> Requires => CaseGates.BeforeEligibilityApproval;

    protected override JsonObject? Apply(ReturnCase returnCase, EligibilityApprovalForm form, string outcome, AnswerContext context)
    {
        returnCase.DecideEligibility(outcome == EligibilityApproval.Approved, form.Note, context.CountryStatus, context.At, context.By);
        return new JsonObject { [nameof(EligibilityApproval.Eligible)] = returnCase.EligibilityApproved };
    }
}
