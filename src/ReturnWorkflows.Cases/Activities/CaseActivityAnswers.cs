using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// Applies a case activity's answers to its case, inside the task completion's unit of work: reads them into the form
/// record, checks them with its validator (errors named <c>form.&lt;field&gt;</c>), records them through the
/// aggregate's methods and audits each change. A refusal anywhere rolls back the completion too.
/// </summary>
public abstract class CaseActivityAnswers<TForm>(ICaseRepository cases, ICaseAuditLog audit, IValidator<TForm> validator, TimeProvider clock)
    : ITaskAnswersHandler where TForm : class
{
    public abstract string ActivityType { get; }

    /// <summary>Records the answers on the case; returns the steering values (no personal data) for the workflow.</summary>
    protected abstract JsonObject? Apply(ReturnCase returnCase, TForm form, string outcome, DateTime at, string by);

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
                .GroupBy(e => "form." + ActivityDescriber.CamelCase(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()));
        // A designer's test run has no case: the answers are checked, then dropped.
        if (answers.CaseId is null)
            return null;
        var returnCase = await cases.FindAsync(answers.CaseId, cancellationToken)
                         ?? throw new NotFoundException("caseId", "The task's case does not exist.");
        await CheckAsync(returnCase, answers, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var steering = Apply(returnCase, form, answers.Outcome, now, answers.Actor.UserId);
        audit.Add(CaseAuditTrail.Changes(returnCase, AuditAction.Changed, now, answers.Actor.UserId));
        returnCase.ClearPendingChanges();
        await AfterAppliedAsync(returnCase, now, cancellationToken);
        return steering;
    }
}
