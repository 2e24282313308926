using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// Applies a case activity's answers to its case, inside the task completion's unit of work: reads them into the form
/// record, checks them with its validator (errors named <c>form.&lt;field&gt;</c>), records them through the
/// aggregate's methods and audits each change. A refusal anywhere rolls back the completion too.
/// </summary>
public abstract class CaseActivityAnswers<TForm>(CaseAnswerServices services, IValidator<TForm> validator)
    : ITaskAnswersHandler, ICaseFormPrefill where TForm : class
{
    public abstract string ActivityType { get; }

    public string FormKey => CaseForms.KeyOf(typeof(TForm));

    /// <summary>The answers the form opens with, from the case (each person's row); none by default.</summary>
    protected virtual TForm? Prefill(ReturnCase returnCase, DateOnly today) => null;

    JsonObject? ICaseFormPrefill.Prefill(ReturnCase returnCase, DateOnly today) =>
        Prefill(returnCase, today) is { } form ? CaseForms.Write(form) : null;

    /// <summary>
    /// The gates the activity's task was made after (its preconditions): one unmet now (a consent withdrawn since)
    /// refuses the completion, naming it.
    /// </summary>
    protected virtual IReadOnlyList<string> Requires => [];

    /// <summary>Records the answers on the case; returns the steering values (no personal data) for the workflow.</summary>
    protected abstract JsonObject? Apply(ReturnCase returnCase, TForm form, string outcome, AnswerContext context);

    /// <summary>A check that needs more than the case (another aggregate, the task); refuses by throwing. Nothing by default.</summary>
    protected virtual Task CheckAsync(ReturnCase returnCase, TaskAnswers answers, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>What follows the change in the same unit of work (telling people); nothing by default.</summary>
    protected virtual Task AfterAppliedAsync(ReturnCase returnCase, DateTime at, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<JsonObject?> ApplyAsync(TaskAnswers answers, CancellationToken cancellationToken)
    {
        var form = CaseForms.Read<TForm>(answers.Form);
        var checkedForm = await validator.ValidateAsync(form, cancellationToken);
        if (!checkedForm.IsValid)
            throw new CommandValidationException(checkedForm.Errors
                .GroupBy(e => "form." + CaseForms.AnswerKey(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()));
        // A designer's test run has no case: the answers are checked, then dropped.
        if (answers.CaseId is null)
            return null;
        var returnCase = await services.Cases.FindAsync(answers.CaseId, cancellationToken)
                         ?? throw new NotFoundException("caseId", "The task's case does not exist.");
        await CheckAsync(returnCase, answers, cancellationToken);
        var now = services.Clock.GetUtcNow().UtcDateTime;
        var countryStatus = await services.Gates.CountryStatusAsync(returnCase, cancellationToken);
        if (returnCase.UnmetGates(Requires, countryStatus) is { Count: > 0 } withdrawn)
            throw new ConflictException("taskId", $"This task can no longer be completed: {string.Join("; ", withdrawn.Select(CaseGates.Describe))}. Record the missing fact on the case first.");
        var steering = Apply(returnCase, form, answers.Outcome, new AnswerContext(now, answers.Actor.UserId, countryStatus));
        services.Audit.Add(CaseAuditTrail.Changes(returnCase, AuditAction.Changed, now, answers.Actor.UserId));
        returnCase.ClearPendingChanges();
        // The answers may be the fact another step of the case waits for (the screen before eligibility).
        await services.Gates.ReleaseAsync(returnCase, cancellationToken);
        await AfterAppliedAsync(returnCase, now, cancellationToken);
        return steering;
    }
}

/// <summary>What every case activity's answers handler needs besides its validator (one parameter, so adding a service changes no handler).</summary>
public sealed class CaseAnswerServices(ICaseRepository cases, ICaseAuditLog audit, TimeProvider clock, CaseGateRelease gates)
{
    public ICaseRepository Cases { get; } = cases;
    public ICaseAuditLog Audit { get; } = audit;
    public TimeProvider Clock { get; } = clock;
    public CaseGateRelease Gates { get; } = gates;
}

/// <param name="CountryStatus">The case's country of return's status now (eligibility is decided against it).</param>
public sealed record AnswerContext(DateTime At, string By, ReturnStatus CountryStatus);
