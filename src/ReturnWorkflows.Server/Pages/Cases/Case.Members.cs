using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Duplicates;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Serialization;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>
/// The case page's "Add a family member": the intake's person row, sent as the same <c>AddMember</c> command
/// <c>POST /api/cases/{id}/persons</c> sends. The duplicate check runs as at intake: the page's script asks as the row
/// is filled; without script the first submit shows the notice (offices only) and saves nothing, and a second one adds
/// the person, recorded as "not the same person" when that is ticked.
/// </summary>
public sealed partial class CaseModel : IPersonRowPage
{
    /// <summary>The inputs' prefix: the API body's field, so the command's refusals land beside their inputs.</summary>
    public const string MemberPrefix = "member";

    public IntakePerson NewMember { get; private set; } = new() { Prefix = MemberPrefix };
    public string MemberLanguage { get; private set; } = "";
    public string MemberInterpreter { get; private set; } = "";
    public IReadOnlyDictionary<string, string[]> MemberErrors { get; private set; } = new Dictionary<string, string[]>();
    public string? MemberRefusal { get; private set; }

    /// <summary>The banner is the duplicate notice, not a refusal.</summary>
    public bool MemberNoticeOnly { get; private set; }

    /// <summary>The form is shown unfolded after a post back (a notice or a refusal to correct).</summary>
    public bool AddMemberOpen { get; private set; }

    public bool MayAddMembers => CaseAccess.MayEdit(User.ToCaseViewer()) && Details.Status == CaseStatus.Open;

    private IReadOnlyList<Office> _offices = [];

    public string? ErrorFor(string name)
    {
        var messages = MemberErrors.Where(e => e.Key == name || e.Key.StartsWith(name + "[", StringComparison.Ordinal)).SelectMany(e => e.Value).Distinct().ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    public string DuplicateOfficeNames(IntakePerson person) =>
        string.Join(", ", person.DuplicateOffices.Select(code => _offices.FirstOrDefault(o => o.Code == code) is { } office ? $"{office.Name} ({code})" : code));

    /// <summary>The script's question as the row is filled: the same check as <c>POST /api/cases/duplicate-check</c>, this case left out.</summary>
    public async Task<IActionResult> OnPostDuplicateCheckAsync(CancellationToken ct)
    {
        if (MemberCheck(IntakePerson.Read(Request.Form, MemberPrefix)) is not { } check) return new JsonResult(new DuplicateCheckResult(false, []), EngineJson.Options);
        return new JsonResult(await mediator.Send(check, ct), EngineJson.Options);
    }

    public async Task<IActionResult> OnPostAddMemberAsync(CancellationToken ct)
    {
        NewMember = IntakePerson.Read(Request.Form, MemberPrefix);
        MemberLanguage = IntakePerson.Value(Request.Form, $"{MemberPrefix}.dataProcessingConsent.language");
        MemberInterpreter = IntakePerson.Value(Request.Form, $"{MemberPrefix}.dataProcessingConsent.interpreter");
        if (!await LoadAsync(ct)) return NotFound();
        _offices = await referenceData.OfficesAsync(ct);
        ContactForm = ContactFormInput.Blank(clock, time);
        AddMemberOpen = true;

        // Without script the notice comes here, before anything is saved; adding again goes ahead.
        if (await ShowNewDuplicateNoticeAsync(ct))
        {
            MemberNoticeOnly = true;
            MemberRefusal = text["A person like this may already be known to another office: contact it before adding them, then add them again."];
            return Page();
        }
        try
        {
            var errors = new Dictionary<string, string[]>();
            var member = IntakeForm.ToNewPerson(NewMember, MemberLanguage, MemberInterpreter, errors);
            if (errors.Count > 0) throw new CommandValidationException(errors);
            var version = int.TryParse(IntakePerson.Value(Request.Form, "version"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
            await mediator.Send(new AddMember(User.ToCaseViewer(), CaseId, version, member), ct);
            TempData["Message"] = text["{0} is added to the case.", $"{NewMember.GivenNames} {NewMember.FamilyName}"].Value;
            return RedirectToPage(new { caseId = CaseId }); // after a post, a reload must not add them again
        }
        catch (CommandFailedException refused) when (refused.Kind != FailureKind.NotFound)
        {
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            MemberErrors = refused.Errors;
            MemberRefusal = refused.Errors.Keys.All(key => key.StartsWith(MemberPrefix + ".", StringComparison.Ordinal))
                ? text["Nothing was saved: correct the fields marked below."] : refused.Message;
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private CheckDuplicate? MemberCheck(IntakePerson person) => person.DuplicateCheck(User.ToCaseViewer()) is { } check ? check with { CaseId = CaseId } : null;

    private async Task<bool> ShowNewDuplicateNoticeAsync(CancellationToken ct)
    {
        if (NewMember.DuplicateOffices.Count > 0 || NewMember.NotSamePerson || MemberCheck(NewMember) is not { } check) return false;
        DuplicateCheckResult result;
        try
        {
            result = await mediator.Send(check, ct);
        }
        catch (CommandFailedException)
        {
            return false; // the command itself names what is wrong with the row
        }
        if (!result.PossibleMatch) return false;
        NewMember.DuplicateOffices = [.. result.Offices.Select(o => o.Code)];
        return true;
    }
}
