using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Localization;
using ReturnWorkflows.Server.Pages.Admin.ReferenceData;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>
/// The case page's reintegration plan: the origin office that accepted the case (or the host office) adds and removes
/// items while the plan is drafted and records each delivery, with its receipt, once it is approved. Submitting and
/// approving are the plan's tasks. The same commands as <c>/api/cases/{id}/reintegration</c>.
/// </summary>
public sealed partial class CaseModel
{
    [BindProperty(Name = "item")] public ReintegrationItemInput ItemForm { get; set; } = new();
    [BindProperty(Name = "delivery")] public DeliveryInput DeliveryForm { get; set; } = new();

    public IReadOnlyDictionary<string, string[]> PlanErrors { get; private set; } = new Dictionary<string, string[]>();
    public string? PlanRefusal { get; private set; }

    /// <summary>Which section's form was refused (its heading's id), so only that one shows the refusal.</summary>
    public string? RefusedIn { get; private set; }

    /// <summary>The item whose delivery was refused, so its form shows the errors.</summary>
    public string? DeliveryRefusedFor { get; private set; }

    public decimal? CapPerPerson { get; private set; }
    public decimal? CapPerHousehold { get; private set; }
    public string ProgrammeCurrency { get; private set; } = "";

    public string? PlanErrorFor(string field) => PlanErrors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Whether the viewer changes the plan at all: an editing role, and as the origin office only the one that accepted the case.</summary>
    private bool MayWorkOnPlan =>
        CaseAccess.MayEditReintegration(User.ToCaseViewer()) && Details.Status == CaseStatus.Open
        && (!Details.AsOriginOffice || Details.Handover?.AcceptedBy == User.ToCaseViewer().Office);

    public bool MayEditPlan => MayWorkOnPlan && Details.Reintegration is { ReturneeIds.Count: > 0 } r && (r.Plan is null || r.Plan.Status == PlanStatus.Draft);

    public bool MayRecordDeliveries => MayWorkOnPlan && Details.Reintegration?.Plan?.Status == PlanStatus.Approved;

    public Task<IActionResult> OnPostAddItemAsync(CancellationToken ct) => SectionStepAsync(null, async viewer =>
    {
        var kind = Choice<ReintegrationItemKind>(ItemForm.Kind, "kind", "Choose what the item gives.");
        var modality = Choice<SupportModality>(ItemForm.Modality, "modality", "Choose cash or in kind.");
        await mediator.Send(new AddReintegrationItem(viewer, CaseId, ItemForm.Version, kind, ItemForm.PersonId, ItemForm.Description ?? "",
            Amounts.Parse(ItemForm.Amount, "amount"), modality, ItemForm.ReferralNeeded, ItemForm.Provider), ct);
        return text["The item is added to the plan."];
    }, ct);

    public Task<IActionResult> OnPostRemoveItemAsync(string itemId, int version, CancellationToken ct) => SectionStepAsync(null, async viewer =>
    {
        await mediator.Send(new RemoveReintegrationItem(viewer, CaseId, version, itemId), ct);
        return text["The item is taken out of the plan."];
    }, ct);

    public Task<IActionResult> OnPostDeliverAsync(CancellationToken ct) => SectionStepAsync(DeliveryForm.ItemId, async viewer =>
    {
        DeliveryReceipt? receipt = null;
        if (Request.Form.Files.GetFile("delivery.receipt") is { Length: > 0 } file)
        {
            if (file.Length > MaxDocumentBytes)
                throw new CommandRejectedException("receipt", text["The file is larger than {0} KB, the most a document may be.", MaxDocumentBytes / 1024]);
            using var content = new MemoryStream((int)file.Length);
            await file.CopyToAsync(content, ct);
            receipt = new DeliveryReceipt(file.FileName, content.ToArray());
        }
        await mediator.Send(new RecordReintegrationDelivery(viewer, CaseId, DeliveryForm.Version, DeliveryForm.ItemId ?? "", DeliveryForm.DeliveredOn,
            DeliveryForm.Note, receipt), ct);
        return text["The delivery is recorded."];
    }, ct);

    /// <summary>Runs one step of a section form (plan, monitoring, legal status); on a refusal the page comes back with the reason and that section's fields marked, nothing changed.</summary>
    private async Task<IActionResult> SectionStepAsync(string? deliveryOf, Func<CaseViewer, Task<string>> step, CancellationToken ct,
        string anchor = "rw-reintegration")
    {
        try
        {
            TempData["Message"] = await step(User.ToCaseViewer());
            return RedirectToPage(null, null, new { caseId = CaseId }, anchor); // after a post, a reload must not repeat it
        }
        catch (CommandFailedException refused) when (refused.Kind != FailureKind.NotFound || refused.Errors.ContainsKey("itemId") || refused.Errors.ContainsKey("personId"))
        {
            refused.InLanguageOf(HttpContext);
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            PlanErrors = refused.Errors;
            PlanRefusal = refused.Message;
            RefusedIn = anchor;
            DeliveryRefusedFor = deliveryOf;
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

/// <summary>The plan's "Add an item" form as posted.</summary>
public sealed class ReintegrationItemInput
{
    public int Version { get; set; }
    public string? Kind { get; set; }
    public string? PersonId { get; set; }
    public string? Description { get; set; }
    public string? Amount { get; set; }
    public string? Modality { get; set; }
    public bool ReferralNeeded { get; set; }
    public string? Provider { get; set; }
}

/// <summary>One item's delivery form as posted (the receipt comes as the file <c>delivery.receipt</c>).</summary>
public sealed class DeliveryInput
{
    public int Version { get; set; }
    public string? ItemId { get; set; }
    public DateOnly? DeliveredOn { get; set; }
    public string? Note { get; set; }
}
