using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Contacts;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// What follows a lost-contact watch: the counsellor tries once more and either proposes closing the case as "lost
/// contact before departure" (a programme manager then decides) or says contact is restored (and logs it, which is
/// what moves the watch on).
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Lost contact: propose closure", Kind = ActivityKind.Task,
    Description = "Nobody of the case has been reached for the watch's period. Try to reach them once more; then propose closing the case as 'lost contact before departure', or record that contact is restored (and log the contact).")]
[FlowOutcomes(ProposeClosure, ContactRestored, EscalatedOutcome)]
public sealed class LostContactReview : CaseActivity<LostContactReviewForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.LostContactReview";
    public const string ProposeClosure = "Propose closure";
    public const string ContactRestored = "Contact restored";

    [Output(DisplayName = "Closure proposed", Description = "Whether the counsellor proposed closing the case.")]
    public bool ClosureProposed { get; init; }

    public override IReadOnlyList<string> TaskOutcomes => [ProposeClosure, ContactRestored];
    protected override string DefaultTitle => "Lost contact: propose closure";
    protected override string TaskDescription => "Nobody of the case has been reached for a while. Try to reach them once more. If you cannot, propose closing the case as 'lost contact before departure'; if you did, log the contact and choose 'Contact restored'.";
    protected override string DefaultDue => "+5 working days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.Counsellor, Roles.Supervisor];
}

[CaseForm("case.lost-contact-review", "Lost contact: propose closure")]
public sealed record LostContactReviewForm(
    [property: Question("What was tried (calls, visits, messages)", MaxLength = 2000)] string? Note);

public sealed class LostContactReviewFormValidator : AbstractValidator<LostContactReviewForm>
{
    public LostContactReviewFormValidator() => RuleFor(f => f.Note).MaximumLength(2000);
}

public sealed class LostContactReviewAnswers(CaseAnswerServices services, IValidator<LostContactReviewForm> validator,
    CaseNotices notices, ICaseContactLog contacts)
    : CaseActivityAnswers<LostContactReviewForm>(services, validator)
{
    public override string ActivityType => LostContactReview.TypeName;

    /// <summary>"Contact restored" is a fact of the contact log, not a word: the contact that reached them is logged first.</summary>
    protected override async Task CheckAsync(ReturnCase returnCase, TaskAnswers answers, CancellationToken cancellationToken)
    {
        if (answers.Outcome != LostContactReview.ContactRestored) return;
        var latest = (await contacts.LatestPerCaseAsync([returnCase.Id], cancellationToken)).FirstOrDefault();
        if (latest?.LastReachedAt is not { } reachedAt || reachedAt < answers.Task.CreatedAt)
            throw new CaseRuleException("outcome", "No contact that reached them is logged since this task was made: log it on the case page first, then choose 'Contact restored'.");
    }

    protected override JsonObject? Apply(ReturnCase returnCase, LostContactReviewForm form, string outcome, AnswerContext context)
    {
        // A closure someone proposed already (for this or another reason) waits for its decision: not proposed twice.
        var propose = outcome == LostContactReview.ProposeClosure && returnCase.PendingClosure is null;
        if (propose)
            returnCase.ProposeClosure(ClosureReason.LostContactBeforeDeparture, string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim(), context.At, context.By);
        return new JsonObject { [nameof(LostContactReview.ClosureProposed)] = propose };
    }

    /// <summary>As for a closure proposed on the case page: the office's programme managers are told.</summary>
    protected override Task AfterAppliedAsync(ReturnCase returnCase, DateTime at, CancellationToken cancellationToken) =>
        notices.ClosureProposedByStepAsync(returnCase, at, cancellationToken);
}
