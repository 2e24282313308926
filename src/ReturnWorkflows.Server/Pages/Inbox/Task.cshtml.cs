using MediatR;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Commands;
using ReturnWorkflows.Engine.Tasks.Queries;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Pages.Inbox;

/// <summary>
/// One task: what it asks, its form, and the buttons for what the person may do with it (take it, complete it with an
/// outcome; a supervisor also puts it back in the queue or gives it to someone). The engine's commands decide who may
/// do what; a refusal is shown on the page with the field it concerns, and changes nothing.
/// </summary>
[Authorize(Policy = Policies.WorkTasks)]
public sealed class TaskModel(IMediator mediator, TaskViews views, InboxRows rows, IReferenceDataStore referenceData, IStringLocalizer<SharedResource> text) : PageModel
{
    [FromRoute] public string TaskId { get; set; } = "";

    /// <summary>The task shown (named so as not to hide <see cref="System.Threading.Tasks.Task"/>).</summary>
    public TaskView Details { get; private set; } = null!;
    /// <summary>The task's case, test-run mark and due time on the office's clock.</summary>
    public InboxRow Row { get; private set; } = null!;
    /// <summary>The task's case as a list shows it, when the person may see the case (an audited read of its summary).</summary>
    public CaseSummary? Case { get; private set; }

    /// <summary>The name of <see cref="Case"/>'s country of return.</summary>
    public string? CaseCountry { get; private set; }

    /// <summary>The form's answers as the case gives them, flattened to input names ("persons[0].number"), and who each row is for.</summary>
    public IReadOnlyDictionary<string, string> Prefilled { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<CaseFormPerson> RowPersons { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Message { get; private set; }

    /// <summary>Sent with the completion: a second press of the button answers the first completion again.</summary>
    public string CompletionKey { get; private set; } = Guid.NewGuid().ToString("N");

    public bool IsOpen => Details.Status is nameof(HumanTaskStatus.Open) or nameof(HumanTaskStatus.Assigned) or nameof(HumanTaskStatus.Escalated);
    public bool IsSupervisor { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Message = TempData["Message"] as string;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostClaimAsync(CancellationToken ct) =>
        RunAsync(() => mediator.Send(new ClaimTask(TaskId, User.ToTaskActor()), ct), text["The task is yours."], ct);

    public Task<IActionResult> OnPostUnassignAsync(CancellationToken ct) =>
        RunAsync(() => mediator.Send(new ReassignTask(TaskId, User.ToTaskActor(), null), ct), text["The task is back in the office's queue."], ct);

    public Task<IActionResult> OnPostReassignAsync(string? assignee, CancellationToken ct) =>
        RunAsync(() => string.IsNullOrWhiteSpace(assignee)
                ? throw new CommandRejectedException("assignee", text["Name the person to give the task to."])
                : mediator.Send(new ReassignTask(TaskId, User.ToTaskActor(), assignee.Trim()), ct),
            text["The task is now with {0}.", assignee ?? ""], ct);

    public Task<IActionResult> OnPostCompleteAsync(string? outcome, string? completionKey, CancellationToken ct) =>
        RunAsync(async () =>
        {
            if (string.IsNullOrWhiteSpace(outcome)) throw new CommandRejectedException("outcome", text["Choose an outcome."]);
            // The form is the one the task names now, read from the task the caller may see.
            var task = views.Of(await mediator.Send(new GetTask(TaskId, User.ToTaskActor()), ct));
            var form = task.Form is null ? null : SubmittedForm.Read(task.Form, Request.Form);
            return await mediator.Send(new CompleteHumanTask(TaskId, User.ToTaskActor(), outcome, form, User.CompletionKey(completionKey)), ct);
        }, text["Completed: {0}.", outcome ?? ""], ct, keepKey: completionKey);

    /// <summary>What the person typed into a field of the form, to show it again after a refusal; else what the case says.</summary>
    public string? Entered(string field) => Request.HasFormContentType
        ? Request.Form[SubmittedForm.Prefix + field].ToString()
        : Prefilled.GetValueOrDefault(field);

    public string? ErrorFor(string key) => Errors.TryGetValue(key, out var messages) ? string.Join(" ", messages) : null;

    private async Task<IActionResult> RunAsync<T>(Func<Task<T>> command, string done, CancellationToken ct, string? keepKey = null)
    {
        try
        {
            await command();
            TempData["Message"] = done;
            return RedirectToPage(new { taskId = TaskId }); // after a post, a reload must not post again
        }
        catch (CommandFailedException refused)
        {
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            Errors = refused.Errors;
            // Field errors are shown beside their fields; the banner only says where to look.
            Message = Errors.Keys.Any(key => key.StartsWith(SubmittedForm.Prefix, StringComparison.Ordinal))
                ? text["Nothing was saved: correct the fields marked below."] : refused.Message;
            if (!string.IsNullOrWhiteSpace(keepKey)) CompletionKey = keepKey;
            return await LoadAsync(ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var actor = User.ToTaskActor();
        try
        {
            var task = await mediator.Send(new GetTask(TaskId, actor), ct);
            Details = views.Of(task);
            var form = await TaskFormView.OfAsync(task, Details, User, mediator, ct);
            Prefilled = PrefilledAnswers.Flatten(form.Values);
            RowPersons = form.Persons;
            Row = await rows.OfAsync(Details, User.GetOffice(), ct);
            IsSupervisor = actor.IsSupervisorOf(task);
            // Through the need-to-know search, by the case's number: whoever holds the task sees the case's summary.
            if (task.CaseId is { } caseId && task.CorrelationId is { Length: > 0 } number)
                Case = (await mediator.Send(new SearchCases(User.ToCaseViewer(), new CaseSearch(null, null, null, number, 0, 1)), ct))
                    .Items.FirstOrDefault(c => c.Id == caseId);
            if (Case is not null)
                CaseCountry = (await referenceData.FindCountryAsync(Case.CountryOfReturn, ct))?.Name ?? Case.CountryOfReturn;
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
