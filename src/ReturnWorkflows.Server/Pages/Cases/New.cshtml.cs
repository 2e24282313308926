using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Duplicates;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Serialization;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Tasks;
using ReturnWorkflows.Server.Localization;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>
/// Intake: the household, each person's details and data-processing consent, sent as the same <c>OpenCase</c> command
/// <c>POST /api/cases</c> sends. A refusal is shown beside the fields it names, with everything typed kept; nothing is
/// written. Adding or removing a family member posts the form back (it works without script) and saves nothing.
/// </summary>
[Authorize(Policy = Policies.WorkCases)]
public sealed class NewModel(IMediator mediator, IReferenceDataStore referenceData, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text)
    : PageModel, IPersonRowPage
{
    public IntakeForm Form { get; private set; } = new();
    public IReadOnlyList<Office> Offices { get; private set; } = [];
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];
    public IReadOnlyList<CountryOfReturn> Countries { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!CaseAccess.MayEdit(User.ToCaseViewer())) return StatusCode(StatusCodes.Status403Forbidden);
        Form = new IntakeForm { HostOffice = User.GetOffice() ?? "" };
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAddMemberAsync(CancellationToken ct)
    {
        var form = IntakeForm.Read(Request.Form);
        if (form.Members.Count < IntakeForm.MaxMembers) form.Members.Add(IntakeForm.NewMember(form.Members.Count));
        Form = form;
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(int remove, CancellationToken ct)
    {
        Form = IntakeForm.Read(Request.Form).Without(remove);
        return await ShowAsync(ct);
    }

    /// <summary>
    /// The intake's script asks, as a row is filled, whether someone like that person is known to an office: the same
    /// check as <c>POST /api/cases/duplicate-check</c>, on the page's sign-in cookie and anti-forgery token.
    /// </summary>
    public async Task<IActionResult> OnPostDuplicateCheckAsync(string person, CancellationToken ct)
    {
        var row = IntakeForm.Read(Request.Form).Persons.FirstOrDefault(p => p.Prefix == person);
        if (row?.DuplicateCheck(User.ToCaseViewer()) is not { } check) return new JsonResult(new DuplicateCheckResult(false, []), EngineJson.Options);
        return new JsonResult(await mediator.Send(check, ct), EngineJson.Options);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Form = IntakeForm.Read(Request.Form);
        // Without script the notice comes here: a row the check matches, and whose notice was not shown yet, is shown
        // with it before anything is saved; registering again goes ahead (with "not the same person" if ticked).
        if (await ShowNewDuplicateNoticesAsync(ct))
        {
            Message = text["A person like one of these may already be known to another office: contact it before opening the case, then register again."];
            return await ShowAsync(ct);
        }
        try
        {
            var opened = await mediator.Send(Form.ToCommand(User.ToCaseViewer(), User.CompletionKey(Form.IntakeKey)), ct);
            TempData["Message"] = text["Case {0} is registered.", opened.Number].Value;
            return Redirect($"/cases/{Uri.EscapeDataString(opened.CaseId)}"); // after a post, a reload must not post again
        }
        catch (CommandFailedException refused)
        {
            refused.InLanguageOf(HttpContext);
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            Errors = refused.Errors;
            var unplaced = Errors.Keys.Where(key => !IsShown(key)).SelectMany(key => Errors[key]).Distinct().ToList();
            Message = unplaced.Count > 0 ? text["Nothing was saved."] + " " + string.Join(" ", unplaced) : text["Nothing was saved: correct the fields marked below."];
            return await ShowAsync(ct);
        }
    }

    /// <summary>
    /// The refusals of the input named <paramref name="name"/>: its own key and those below it (<c>languages[0]</c>). The
    /// session's language and interpreter are sent with every person's consent, so their refusals are gathered there.
    /// </summary>
    public string? ErrorFor(string name)
    {
        var messages = Errors.Where(e => Matches(e.Key, name)).SelectMany(e => e.Value).Distinct().ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private static bool Matches(string key, string name) =>
        key == name || key.StartsWith(name + "[", StringComparison.Ordinal)
        || (name is "language" or "interpreter" && key.EndsWith(".dataProcessingConsent." + name, StringComparison.Ordinal));

    /// <summary>Whether a refusal's key belongs to an input of the form (else the banner says it).</summary>
    private bool IsShown(string key) => ShownFields().Any(name => Matches(key, name));

    private IEnumerable<string> ShownFields()
    {
        string[] session = ["hostOffice", "programmeId", "countryOfReturn", "language", "interpreter"];
        string[] details = ["givenNames", "familyName", "nameInDocument", "dateOfBirth", "estimatedBirthYear", "sex", "nationality", "languages", "relationship"];
        return session.Concat(Form.Persons.SelectMany(p => details.Select(p.Detail).Concat([p.ConsentField, p.Consent("method"), p.Consent("guardian"), p.Consent("decision")])));
    }

    private async Task<bool> ShowNewDuplicateNoticesAsync(CancellationToken ct)
    {
        var shown = false;
        foreach (var person in Form.Persons.Where(p => p.DuplicateOffices.Count == 0 && !p.NotSamePerson))
        {
            if (person.DuplicateCheck(User.ToCaseViewer()) is not { } check) continue;
            DuplicateCheckResult result;
            try
            {
                result = await mediator.Send(check, ct);
            }
            catch (CommandFailedException)
            {
                continue; // the intake itself names what is wrong with the row
            }
            if (!result.PossibleMatch) continue;
            person.DuplicateOffices = [.. result.Offices.Select(o => o.Code)];
            shown = true;
        }
        return shown;
    }

    /// <summary>"Name (CODE)" of the offices a row's notice names, from the reference data (the form carries only codes).</summary>
    public string DuplicateOfficeNames(IntakePerson person) =>
        string.Join(", ", person.DuplicateOffices.Select(code => AllOffices.FirstOrDefault(o => o.Code == code) is { } office ? $"{office.Name} ({code})" : code));

    private IReadOnlyList<Office> AllOffices { get; set; } = [];

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        AllOffices = await referenceData.OfficesAsync(ct);
        var viewer = User.ToCaseViewer();
        // The offices the person may open a case at: their own; an administrator's, any that hosts migrants.
        Offices = AllOffices.Where(o => o.HostsMigrants && CaseAccess.MayOpenCaseAt(viewer, o.Code)).OrderBy(o => o.Name).ToList();
        Programmes = (await referenceData.ProgrammesAsync(ct)).OrderBy(p => p.Name).ToList();
        Countries = (await referenceData.CountriesAsync(ct)).OrderBy(c => c.Name).ToList();
        return Page();
    }
}
