using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>
/// A case's audit trail: who read which sections and who changed what, through the same <c>GetCaseAudit</c> query as
/// <c>GET /api/cases/{id}/audit</c> (supervisors and administrators; reading it is itself audited).
/// </summary>
[Authorize(Policy = Policies.WorkCases)]
public sealed class AuditModel(IMediator mediator) : PageModel
{
    [FromRoute] public string CaseId { get; set; } = "";

    public IReadOnlyList<AuditEntryView> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Entries = await mediator.Send(new GetCaseAudit(User.ToCaseViewer(), CaseId), ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ForbiddenException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
    }
}
