using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Views;

/// <summary>
/// The reintegration section, which both offices see: who arrived (the plan is for them) and the plan, if started.
/// Null while nobody has arrived and there is no plan.
/// </summary>
public sealed record ReintegrationView(IReadOnlyList<string> ReturneeIds, ReintegrationPlanView? Plan)
{
    public static ReintegrationView? Of(ReturnCase c)
    {
        var returnees = c.Returnees.OrderBy(p => p.Position).Select(p => p.Id).ToList();
        return returnees.Count == 0 && c.ReintegrationPlan is null ? null : new ReintegrationView(returnees, ReintegrationPlanView.Of(c.ReintegrationPlan));
    }
}

/// <summary>The plan with its items (by category, then as added) and where its approval and each delivery stand.</summary>
public sealed record ReintegrationPlanView(string Id, PlanStatus Status, string Currency, decimal Total, DateOnly? AgreedOn,
    DateTime? SubmittedAt, string? SubmittedBy, DateTime? ApprovedAt, string? ApprovedBy, DateTime? CapApprovedAt, string? CapApprovedBy,
    string? DecisionNote, IReadOnlyList<ReintegrationItemView> Items)
{
    public static ReintegrationPlanView? Of(ReintegrationPlan? plan) => plan is null ? null : new ReintegrationPlanView(
        plan.Id, plan.Status, plan.Currency, plan.Total, plan.AgreedOn, plan.SubmittedAt, plan.SubmittedBy, plan.ApprovedAt, plan.ApprovedBy,
        plan.CapApprovedAt, plan.CapApprovedBy, plan.DecisionNote,
        plan.Items.OrderBy(i => i.Category).ThenBy(i => i.AddedAt).Select(i => new ReintegrationItemView(i.Id, i.Category, i.Kind, i.PersonId,
            i.Description, i.Amount, i.Modality, i.ReferralNeeded, i.Provider, i.DeliveredOn, i.DeliveryNote, i.ReceiptDocumentId)).ToList());
}

public sealed record ReintegrationItemView(string Id, ReintegrationCategory Category, ReintegrationItemKind Kind, string? PersonId, string Description,
    decimal Amount, SupportModality Modality, bool ReferralNeeded, string? Provider, DateOnly? DeliveredOn, string? DeliveryNote, string? ReceiptDocumentId);
