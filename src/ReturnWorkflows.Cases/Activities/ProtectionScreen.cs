using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>A first screening for protection needs; concerns lead to the full vulnerability assessment.</summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Protection screen", Kind = ActivityKind.Task,
    Description = "A first screening before eligibility: does anything indicate trafficking, an unaccompanied or separated child, or a medical need? The answer is No concerns, or Concerns found (then a vulnerability assessment follows).")]
[FlowOutcomes(NoConcerns, ConcernsFound, EscalatedOutcome)]
public sealed class ProtectionScreen : CaseActivity<ProtectionScreenForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.ProtectionScreen";
    public const string NoConcerns = "No concerns";
    public const string ConcernsFound = "Concerns found";

    [Output(DisplayName = "Concerns found", Description = "Whether the screen found an indicator (then assess vulnerabilities).")]
    public bool HasConcerns { get; init; }

    public override IReadOnlyList<string> TaskOutcomes => [NoConcerns, ConcernsFound];
    protected override string DefaultTitle => "Protection screen";
    protected override string TaskDescription => "Screen the household for indicators of trafficking, an unaccompanied or separated child and medical needs. Tick what you found; the details go to the protection officer's assessment.";
    protected override string DefaultDue => "+2 working days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.Counsellor, Roles.ProtectionOfficer, Roles.Supervisor];
}

[CaseForm("case.protection-screen", "Protection screen")]
public sealed record ProtectionScreenForm(
    [property: Question("Indicators of trafficking")] bool TraffickingIndicators,
    [property: Question("An unaccompanied or separated child")] bool UnaccompaniedMinor,
    [property: Question("A medical need")] bool MedicalNeed,
    [property: Question("Notes (seen only by the protection roles)", MaxLength = 4000)] string? Notes)
{
    public ProtectionIndicators Indicators => new(TraffickingIndicators, UnaccompaniedMinor, MedicalNeed);
}

public sealed class ProtectionScreenFormValidator : AbstractValidator<ProtectionScreenForm>
{
    public ProtectionScreenFormValidator() => RuleFor(f => f.Notes).MaximumLength(4000);
}

public sealed class ProtectionScreenAnswers(CaseAnswerServices services, IValidator<ProtectionScreenForm> validator)
    : CaseActivityAnswers<ProtectionScreenForm>(services, validator)
{
    public override string ActivityType => ProtectionScreen.TypeName;

    protected override JsonObject? Apply(ReturnCase returnCase, ProtectionScreenForm form, string outcome, AnswerContext context)
    {
        // The outcome must say what the ticks say: a "No concerns" with an indicator ticked would skip the assessment.
        if ((outcome == ProtectionScreen.ConcernsFound) != form.Indicators.Any)
            throw new CaseRuleException("form.traffickingIndicators", outcome == ProtectionScreen.ConcernsFound
                ? "Tick the indicators you found, or choose No concerns."
                : "You ticked an indicator: choose Concerns found.");
        returnCase.RecordProtectionScreen(form.Indicators, form.Notes, context.At, context.By);
        return new JsonObject { [nameof(ProtectionScreen.HasConcerns)] = form.Indicators.Any };
    }
}
