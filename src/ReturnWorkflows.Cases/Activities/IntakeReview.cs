using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>The first step after intake: someone checks the intake is complete before counselling builds on it.</summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Intake review", Kind = ActivityKind.Task,
    Description = "A counsellor or supervisor checks that the intake is complete (consents, people, legal status) and either passes it or sends it back for correction, saying what to correct.")]
[FlowOutcomes(Complete, NeedsCorrection, EscalatedOutcome)]
public sealed class IntakeReview : CaseActivity<IntakeReviewForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.IntakeReview";
    public const string Complete = "Complete";
    public const string NeedsCorrection = "Needs correction";

    [Output(DisplayName = "Intake complete", Description = "Whether the review passed the intake.")]
    public bool IsComplete { get; init; }

    public override IReadOnlyList<string> TaskOutcomes => [Complete, NeedsCorrection];
    protected override string DefaultTitle => "Intake review";
    protected override string TaskDescription => "Check that the intake is complete: everyone's consent to data processing, the people, their languages and legal status. Pass it, or send it back saying what to correct.";
    protected override string DefaultDue => "+1 working day";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.Counsellor, Roles.Supervisor];
}

[CaseForm("case.intake-review", "Intake review")]
public sealed record IntakeReviewForm(
    [property: Question("Note (what to correct, if anything)", MaxLength = 2000)] string? Note);

public sealed class IntakeReviewFormValidator : AbstractValidator<IntakeReviewForm>
{
    public IntakeReviewFormValidator() => RuleFor(f => f.Note).MaximumLength(2000);
}

public sealed class IntakeReviewAnswers(CaseAnswerServices services, IValidator<IntakeReviewForm> validator)
    : CaseActivityAnswers<IntakeReviewForm>(services, validator)
{
    public override string ActivityType => IntakeReview.TypeName;

    protected override JsonObject? Apply(ReturnCase returnCase, IntakeReviewForm form, string outcome, AnswerContext context)
    {
        var result = outcome == IntakeReview.NeedsCorrection ? IntakeReviewResult.NeedsCorrection : IntakeReviewResult.Complete;
        returnCase.RecordIntakeReview(result, form.Note, context.At, context.By);
        return new JsonObject { [nameof(IntakeReview.IsComplete)] = result == IntakeReviewResult.Complete };
    }
}
