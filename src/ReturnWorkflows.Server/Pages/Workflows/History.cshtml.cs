using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Server.Designer;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Pages.Workflows;

/// <summary>A definition's history: versions and the cases still running on them, every saved revision, the audit.</summary>
[Authorize(Policy = Policies.ViewWorkflows)]
public sealed class HistoryModel(DefinitionHistoryQueries queries, IMediator mediator, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text) : PageModel
{
    [FromRoute] public string DefinitionId { get; set; } = "";
    public IReadOnlyList<VersionUse> Versions { get; private set; } = [];
    /// <summary>The saved revisions, an editing burst of auto-saves to a row.</summary>
    public IReadOnlyList<RevisionBurst> Revisions { get; private set; } = [];
    /// <summary>The audit (newest first unless the page asks for another order: it holds the whole list it shows).</summary>
    public IReadOnlyList<DefinitionAuditEntry> Audit { get; private set; } = [];

    private static readonly IReadOnlyDictionary<string, Func<DefinitionAuditEntry, IComparable?>> AuditColumns =
        new Dictionary<string, Func<DefinitionAuditEntry, IComparable?>>
        {
            ["at"] = e => e.At, ["who"] = e => e.Actor, ["what"] = e => e.Action.ToString(), ["version"] = e => e.Version,
        };
    public bool CanDesign { get; private set; }
    public string? Message { get; private set; }
    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Versions.Count == 0 && Audit.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string revisionId, CancellationToken ct)
    {
        if (!Policies.Allows(User, Policies.DesignWorkflows)) return Forbid();
        try
        {
            var result = await mediator.Send(new RestoreDefinitionRevision(DefinitionId, revisionId), ct);
            Message = text["Restored as the draft of version {0}. Open the editor to continue from it.", result.WorkflowDefinition.Version];
        }
        catch (CommandFailedException e)
        {
            Message = e.Message;
            Refused = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanDesign = Policies.Allows(User, Policies.DesignWorkflows);
        Versions = await queries.VersionsInUseAsync(DefinitionId, ct);
        Audit = await queries.AuditAsync(DefinitionId, 100, ct);
        Revisions = RevisionBursts.Group(await queries.RevisionContentsAsync(DefinitionId, 500, ct), Audit);
        Audit = DesignSystem.TableSort.From(Request.Query).Apply(Audit, AuditColumns);
    }
}
