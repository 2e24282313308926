using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>The case page's flags: the country-status flag shown at the top, and a supervisor's button that clears it.</summary>
public sealed partial class CaseModel
{
    public string? FlagRefusal { get; private set; }

    public bool MayClearFlags => CaseAccess.MayClearFlags(User.ToCaseViewer());

    public static string StatusWords(ReturnStatus status) => status switch
    {
        ReturnStatus.CaseByCase => "case by case, needing clearance",
        ReturnStatus.Suspended => "suspended",
        _ => "open",
    };

    public async Task<IActionResult> OnPostClearFlagAsync(CancellationToken ct)
    {
        try
        {
            var version = int.TryParse(Request.Form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
            if (!Enum.TryParse<CaseFlag>(Request.Form["flag"], out var flag) || !Enum.IsDefined(flag))
                throw new CommandRejectedException("flag", "Say which flag to clear.");
            await mediator.Send(new ClearCaseFlag(User.ToCaseViewer(), CaseId, version, flag), ct);
            TempData["Message"] = text["The flag is cleared."].Value;
            return RedirectToPage(new { caseId = CaseId });
        }
        catch (CommandFailedException refused) when (refused.Kind != FailureKind.NotFound)
        {
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            FlagRefusal = refused.Message;
            if (!await LoadAsync(ct)) return NotFound();
            ContactForm = ContactFormInput.Blank(clock, time);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
