using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>A counsellor proposes whether the case is eligible, against the programme's criteria and the country's status.</summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Eligibility proposal", Kind = ActivityKind.Task,
    Description = "A counsellor checks the programme's criteria (no means to pay, intends to leave for good, has or can get a travel document, return is possible, no government objection, not in need of international protection) and proposes the case as eligible or not. Waits for the protection screen and vulnerability assessment.")]
[FlowOutcomes(ProposedEligible, ProposedNotEligible, EscalatedOutcome)]
public sealed class EligibilityProposal : CaseActivity<EligibilityProposalForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.EligibilityProposal";
    public const string ProposedEligible = "Eligible";
    public const string ProposedNotEligible = "Not eligible";

    public override IReadOnlyList<string> TaskOutcomes => [ProposedEligible, ProposedNotEligible];
    protected override string DefaultTitle => "Eligibility proposal";
    protected override string TaskDescription => "Check each criterion of the programme for this case and propose it as eligible or not; a supervisor decides.";
    protected override string DefaultDue => "+3 working days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.Counsellor, Roles.Supervisor];
    protected override IReadOnlyList<string> Preconditions => CaseGates.BeforeEligibilityProposal;
}

[CaseForm("case.eligibility-proposal", "Eligibility proposal")]
public sealed record EligibilityProposalForm(
    [property: Question("Has no means to pay for the return")] bool NoMeansToPay,
    [property: Question("Intends to leave permanently")] bool IntendsToLeavePermanently,
    [property: Question("Has or can get a travel document")] bool HasOrCanGetTravelDocument,
    [property: Question("Return to the country is possible")] bool ReturnPossible,
    [property: Question("No government objection")] bool NoGovernmentObjection,
    [property: Question("Not in need of international protection")] bool NotInNeedOfProtection,
    [property: Question("Note (why not eligible, if so)", MaxLength = 2000)] string? Note)
{
    public EligibilityCriteria Criteria => new(NoMeansToPay, IntendsToLeavePermanently, HasOrCanGetTravelDocument, ReturnPossible, NoGovernmentObjection, NotInNeedOfProtection);
}

public sealed class EligibilityProposalFormValidator : AbstractValidator<EligibilityProposalForm>
{
    public EligibilityProposalFormValidator() => RuleFor(f => f.Note).MaximumLength(2000);
}

public sealed class EligibilityProposalAnswers(CaseAnswerServices services, IValidator<EligibilityProposalForm> validator)
    : CaseActivityAnswers<EligibilityProposalForm>(services, validator)
{
    public override string ActivityType => EligibilityProposal.TypeName;
    protected override IReadOnlyList<string> Requires => CaseGates.BeforeEligibilityProposal;

    protected override JsonObject? Apply(ReturnCase returnCase, EligibilityProposalForm form, string outcome, AnswerContext context)
    {
        var proposal = returnCase.ProposeEligibility(form.Criteria, form.Note, context.CountryStatus, context.At, context.By);
        var eligible = proposal.Outcome == AssessmentOutcomes.Eligible;
        if (eligible != (outcome == EligibilityProposal.ProposedEligible))
            throw new CaseRuleException("form.noMeansToPay", eligible
                ? "Every criterion is ticked: choose Eligible, or untick the one not met."
                : "A criterion is not met (or returns to the country are suspended): choose Not eligible.");
        return new JsonObject { ["Eligible"] = eligible };
    }
}
