using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// A counselling session whose record is the evidence of an informed decision; the outcome the counsellor chooses is
/// the person's decision.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Counselling session", Kind = ActivityKind.Task,
    Description = "A counsellor explains return, its alternatives and the right to withdraw, in the person's language, and records what was covered, the country information sheet given and the decision: decided to return, needs time, or declined.")]
[FlowOutcomes(DecidedToReturn, NeedsTime, Declined, EscalatedOutcome)]
public sealed class CounsellingSession : CaseActivity<CounsellingSessionForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.CounsellingSession";
    public const string DecidedToReturn = "Decided to return";
    public const string NeedsTime = "Needs time";
    public const string Declined = "Declined";

    [Output(Description = "The decision: DecidedToReturn, NeedsTime or Declined.")]
    public string? Decision { get; init; }

    public override IReadOnlyList<string> TaskOutcomes => [DecidedToReturn, NeedsTime, Declined];
    protected override string DefaultTitle => "Counselling session";
    protected override string TaskDescription => "Counsel the person in their language: the return process, the alternatives including asylum, the right to withdraw, reintegration support. Record what was covered and the decision.";

    /// <summary>domain.md: first counselling within 3 working days of intake (an input default the designer changes).</summary>
    protected override string DefaultDue => "+3 working days";

    protected override IReadOnlyList<string> AllowedRoles => [Roles.Counsellor, Roles.Supervisor];

    internal static ReturnDecision DecisionOf(string outcome) => outcome switch
    {
        DecidedToReturn => ReturnDecision.DecidedToReturn,
        Declined => ReturnDecision.Declined,
        _ => ReturnDecision.NeedsTime,
    };
}

[CaseForm("case.counselling-session", "Counselling session")]
public sealed record CounsellingSessionForm(
    [property: Question("Session date", Required = true)] DateOnly? SessionDate,
    [property: Question("Language of the session", Required = true, MaxLength = 100)] string? Language,
    [property: Question("An interpreter was used")] bool InterpreterUsed,
    [property: Question("Interpreter (name or agency)", MaxLength = 200)] string? Interpreter,
    [property: Question("The return process was explained", Required = true)] bool ReturnProcessExplained,
    [property: Question("Alternatives, including asylum, were explained", Required = true)] bool AlternativesExplained,
    [property: Question("The right to withdraw until departure was explained", Required = true)] bool RightToWithdrawExplained,
    [property: Question("Reintegration support was explained")] bool ReintegrationSupportExplained,
    [property: Question("Country information sheet version given", Required = true, MaxLength = 50)] string? CountrySheetVersion,
    [property: Question("Notes", MaxLength = 4000)] string? Notes);

public sealed class CounsellingSessionFormValidator : AbstractValidator<CounsellingSessionForm>
{
    public CounsellingSessionFormValidator()
    {
        RuleFor(f => f.SessionDate).NotNull().WithMessage("Give the date of the session.");
        RuleFor(f => f.Language).NotEmpty().WithMessage("Give the language the session was held in.").MaximumLength(100);
        RuleFor(f => f.Interpreter).NotEmpty().When(f => f.InterpreterUsed).WithMessage("Name the interpreter or their agency.");
        RuleFor(f => f.Interpreter).Empty().When(f => !f.InterpreterUsed).WithMessage("Tick 'An interpreter was used', or leave the interpreter empty.");
        RuleFor(f => f.CountrySheetVersion).NotEmpty().WithMessage("Give the version of the country information sheet the person was given.").MaximumLength(50);
        RuleFor(f => f.Notes).MaximumLength(4000);
    }
}

public sealed class CounsellingSessionAnswers(CaseAnswerServices services, IValidator<CounsellingSessionForm> validator)
    : CaseActivityAnswers<CounsellingSessionForm>(services, validator)
{
    public override string ActivityType => CounsellingSession.TypeName;

    protected override JsonObject? Apply(ReturnCase returnCase, CounsellingSessionForm form, string outcome, AnswerContext context)
    {
        var decision = CounsellingSession.DecisionOf(outcome);
        returnCase.RecordCounsellingSession(new CounsellingSessionFacts(
            form.SessionDate!.Value, form.Language!.Trim(), form.InterpreterUsed ? form.Interpreter?.Trim() : null, form.CountrySheetVersion!.Trim(),
            form.ReturnProcessExplained, form.AlternativesExplained, form.RightToWithdrawExplained, form.ReintegrationSupportExplained,
            decision, string.IsNullOrWhiteSpace(form.Notes) ? null : form.Notes.Trim()), context.At, context.By);
        return new JsonObject { [nameof(CounsellingSession.Decision)] = decision.ToString() };
    }
}
