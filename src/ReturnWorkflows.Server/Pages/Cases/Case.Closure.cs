using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Localization;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>
/// The case page's withdrawal and closure: a person drops the return, a case worker proposes closing the case, a
/// programme manager approves or rejects it, or reopens a closed case. Each form posts the case's version back, so a
/// change made meanwhile by someone else is refused naming them.
/// </summary>
public sealed partial class CaseModel
{
    [BindProperty(Name = "closure")] public ClosureFormInput ClosureForm { get; set; } = new();

    public IReadOnlyDictionary<string, string[]> ClosureErrors { get; private set; } = new Dictionary<string, string[]>();
    public string? ClosureRefusal { get; private set; }

    public string? ClosureErrorFor(string field) => ClosureErrors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private bool IsOpen => Details.Status == CaseStatus.Open;
    private bool IsProgrammeManager => User.IsInRole(Roles.ProgrammeManager);
    public bool MayWithdrawPersons => CaseAccess.MayEdit(User.ToCaseViewer()) && IsOpen && Details.Persons.Count(p => p.Withdrawal is null) > 1;
    public bool MayProposeClosure => CaseAccess.MayEdit(User.ToCaseViewer()) && IsOpen && Details.Closure?.Proposal is null;

    /// <summary>A programme manager decides, on a proposal not their own (the command refuses that too).</summary>
    public bool MayDecideClosure => IsProgrammeManager && IsOpen && Details.Closure?.Proposal is { } proposal
                                    && !string.Equals(proposal.ProposedBy, User.Identity?.Name, StringComparison.OrdinalIgnoreCase);

    public bool MayReopen => IsProgrammeManager && !IsOpen;

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => ClosureStepAsync(async viewer =>
    {
        var reason = Choice<WithdrawalReason>(ClosureForm.WithdrawalReason, "reason", "Choose why the person withdraws.");
        await mediator.Send(new WithdrawPerson(viewer, CaseId, ClosureForm.PersonId ?? "", ClosureForm.Version, reason, ClosureForm.Note), ct);
        return text["The person no longer takes part in the return; the case goes on with the others."];
    }, ct);

    public Task<IActionResult> OnPostProposeClosureAsync(CancellationToken ct) => ClosureStepAsync(async viewer =>
    {
        var reason = Choice<ClosureReason>(ClosureForm.ClosureReason, "reason", "Choose why the case should close.");
        await mediator.Send(new ProposeClosure(viewer, CaseId, ClosureForm.Version, reason, ClosureForm.Note), ct);
        return text["Closure proposed: a programme manager decides."];
    }, ct);

    public Task<IActionResult> OnPostDecideClosureAsync(CancellationToken ct) => ClosureStepAsync(async viewer =>
    {
        await mediator.Send(new DecideClosure(viewer, CaseId, ClosureForm.Version, ClosureForm.Approve, ClosureForm.Note), ct);
        return ClosureForm.Approve ? text["The case is closed; its open tasks and timers are cancelled."] : text["The proposal is rejected; the case goes on."];
    }, ct);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken ct) => ClosureStepAsync(async viewer =>
    {
        await mediator.Send(new ReopenCase(viewer, CaseId, ClosureForm.Version, ClosureForm.Note), ct);
        return text["The case is open again; its lifecycle resumes at the phase that fits what it reached."];
    }, ct);

    /// <summary>Runs one closure step; on a refusal the page comes back with the reason and the fields marked, nothing changed.</summary>
    private async Task<IActionResult> ClosureStepAsync(Func<CaseViewer, Task<string>> step, CancellationToken ct)
    {
        try
        {
            TempData["Message"] = await step(User.ToCaseViewer());
            return RedirectToPage(new { caseId = CaseId }); // after a post, a reload must not repeat it
        }
        catch (CommandFailedException refused) when (refused.Kind != FailureKind.NotFound || refused.Errors.ContainsKey("personId"))
        {
            refused.InLanguageOf(HttpContext);
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            ClosureErrors = refused.Errors;
            ClosureRefusal = refused.Message;
            if (!await LoadAsync(ct)) return NotFound();
            ContactForm = ContactFormInput.Blank(clock, time);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private static T Choice<T>(string? value, string field, string message) where T : struct, Enum =>
        Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) ? parsed : throw new CommandRejectedException(field, message);
}

/// <summary>The withdrawal and closure forms as posted (each uses the fields it needs).</summary>
public sealed class ClosureFormInput
{
    public int Version { get; set; }
    public string? PersonId { get; set; }
    public string? WithdrawalReason { get; set; }
    public string? ClosureReason { get; set; }
    public string? Note { get; set; }
    public bool Approve { get; set; }
}
