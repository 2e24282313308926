namespace ReturnWorkflows.Cases.Model;

/// <summary>The programme's caps a plan is measured against, in the plan's currency; null: no cap.</summary>
public sealed record ReintegrationCaps(decimal? PerPerson, decimal? PerHousehold);

/// <summary>What a plan item is, as the origin office enters it.</summary>
public sealed record NewReintegrationItem(ReintegrationItemKind Kind, string? PersonId, string Description, decimal Amount,
    SupportModality Modality, bool ReferralNeeded, string? Provider);

// The reintegration plan (domain.md, lifecycle steps 9 and 10): drawn up by the origin office after the arrival,
// approved by a programme manager and above the cap by the programme's approver, then delivered item by item.
public sealed partial class ReturnCase
{
    public ReintegrationPlan? ReintegrationPlan { get; private set; }

    /// <summary>Those the plan is for: everyone taking part who arrived.</summary>
    public IEnumerable<Person> Returnees => Participants.Where(p => p.ArrivedOn is not null);

    public ReintegrationItem AddReintegrationItem(NewReintegrationItem item, string currency, DateTime at, string by)
    {
        RequireOpen();
        if (!Returnees.Any())
            throw new CaseRuleException("plan", "The reintegration plan is made after the arrival: confirm the arrival first.");
        var plan = ReintegrationPlan ??= new ReintegrationPlan(NewRecordId(), Id, currency, at, by);
        RequireEditable(plan);
        plan.AdoptCurrency(currency);
        if (plan.Items.Count >= ReintegrationPlan.MaxItems)
            throw new CaseRuleException("plan", $"A plan has at most {ReintegrationPlan.MaxItems} items.");
        if (item.PersonId is { } personId && !Returnees.Any(p => p.Id == personId))
            throw new CaseRuleException("personId", "The item is for someone who has not arrived: choose a returnee, or the household.");
        if (item.ReferralNeeded && string.IsNullOrWhiteSpace(item.Provider))
            throw new CaseRuleException("provider", "Name the service provider the returnee is referred to.");
        var added = new ReintegrationItem(NewRecordId(), plan.Id, item.Kind, item.PersonId, item.Description.Trim(), item.Amount, item.Modality,
            item.ReferralNeeded, string.IsNullOrWhiteSpace(item.Provider) ? null : item.Provider.Trim(), at, by);
        plan.Add(added);
        _changes.Add(new CaseChange(CaseSections.Reintegration, $"plan.items[{added.Id}]", null, $"{item.Kind} {item.Amount:0.00} {plan.Currency}"));
        Touch(at, by);
        return added;
    }

    public void RemoveReintegrationItem(string itemId, DateTime at, string by)
    {
        RequireOpen();
        var plan = RequirePlan();
        RequireEditable(plan);
        var item = ItemNamed(plan, itemId);
        plan.Remove(item);
        _changes.Add(new CaseChange(CaseSections.Reintegration, $"plan.items[{item.Id}]", $"{item.Kind} {item.Amount:0.00} {plan.Currency}", null));
        Touch(at, by);
    }

    /// <summary>The plan as agreed with the returnees goes to a programme manager.</summary>
    public void SubmitReintegrationPlan(DateOnly agreedOn, DateTime at, string by)
    {
        RequireOpen();
        var plan = ReintegrationPlan is { Items.Count: > 0 } started ? started
            : throw new CaseRuleException("plan", "The plan has no item yet: add its items on the case page first.");
        RequireEditable(plan);
        if (agreedOn > DateOnly.FromDateTime(at).AddDays(1))
            throw new CaseRuleException("form.agreedOn", "The date is in the future.");
        if (Returnees.Min(p => p.ArrivedOn) is { } arrived && agreedOn < arrived)
            throw new CaseRuleException("form.agreedOn", $"They arrived on {arrived:yyyy-MM-dd}; the plan cannot be agreed before.");
        plan.Submit(agreedOn, at, by);
        _changes.Add(new CaseChange(CaseSections.Reintegration, "plan.status", nameof(PlanStatus.Draft), nameof(PlanStatus.Submitted)));
        Touch(at, by);
    }

    /// <summary>
    /// A programme manager's approval, never of a plan they submitted. Within the caps the plan is approved and everyone
    /// it is for reaches the "plan approved" milestone; above them it waits for the programme's approver.
    /// </summary>
    public bool ApproveReintegrationPlan(ReintegrationCaps caps, DateTime at, string by)
    {
        RequireOpen();
        var plan = RequirePlanIn(PlanStatus.Submitted, "No submitted plan waits for approval.");
        if (string.Equals(plan.SubmittedBy, by, StringComparison.OrdinalIgnoreCase))
            throw new CaseRuleException("plan", "You submitted this plan: someone else approves it.");
        var aboveCap = AboveCap(plan, caps) is not null;
        plan.Approve(aboveCap, at, by);
        _changes.Add(new CaseChange(CaseSections.Reintegration, "plan.status", nameof(PlanStatus.Submitted), plan.Status.ToString()));
        if (!aboveCap) ReachPlanApproved(at);
        Touch(at, by);
        return aboveCap;
    }

    /// <summary>
    /// The approval above the cap, by one of <paramref name="capApprovers"/> (the programme's; when it names none, any
    /// programme manager), never by who submitted the plan or approved it first.
    /// </summary>
    public void ApproveReintegrationPlanAboveCap(IReadOnlyCollection<string> capApprovers, DateTime at, string by)
    {
        RequireOpen();
        var plan = RequirePlanIn(PlanStatus.AwaitingCapApproval, "No plan waits for an approval above the cap.");
        if (string.Equals(plan.SubmittedBy, by, StringComparison.OrdinalIgnoreCase) || string.Equals(plan.ApprovedBy, by, StringComparison.OrdinalIgnoreCase))
            throw new CaseRuleException("plan", "You submitted or approved this plan already: the approval above the cap is someone else's.");
        if (capApprovers.Count > 0 && !capApprovers.Contains(by, StringComparer.OrdinalIgnoreCase))
            throw new CaseRuleException("plan", $"Above the programme's cap the plan is approved by {string.Join(" or ", capApprovers)}.");
        plan.ApproveAboveCap(at, by);
        _changes.Add(new CaseChange(CaseSections.Reintegration, "plan.status", nameof(PlanStatus.AwaitingCapApproval), nameof(PlanStatus.Approved)));
        ReachPlanApproved(at);
        Touch(at, by);
    }

    /// <summary>An approver sends the plan back to the origin office, saying why; it is drafted again.</summary>
    public void SendBackReintegrationPlan(string note, DateTime at, string by)
    {
        RequireOpen();
        var plan = RequirePlan();
        if (plan.Status is not (PlanStatus.Submitted or PlanStatus.AwaitingCapApproval))
            throw new CaseRuleException("plan", "No plan waits for approval.");
        if (string.IsNullOrWhiteSpace(note))
            throw new CaseRuleException("form.note", "Say what the origin office should change.");
        var before = plan.Status;
        plan.SendBack(note.Trim());
        _changes.Add(new CaseChange(CaseSections.Reintegration, "plan.status", before.ToString(), nameof(PlanStatus.Draft)));
        Touch(at, by);
    }

    /// <summary>The returnees decline reintegration support: the plan is set aside and the case's closure proposed with that reason.</summary>
    public void DeclineReintegration(string? note, DateTime at, string by)
    {
        RequireOpen();
        if (!Returnees.Any())
            throw new CaseRuleException("plan", "Reintegration is declined after the arrival: confirm the arrival first.");
        var plan = ReintegrationPlan ??= new ReintegrationPlan(NewRecordId(), Id, "", at, by);
        if (plan.Status is PlanStatus.Approved)
            throw new CaseRuleException("plan", "The plan is approved already.");
        var before = plan.Status;
        plan.Decline(string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        _changes.Add(new CaseChange(CaseSections.Reintegration, "plan.status", before.ToString(), nameof(PlanStatus.Declined)));
        if (PendingClosure is null) ProposeClosure(Model.ClosureReason.ReturneeOptedOut, plan.DecisionNote, at, by);
        Touch(at, by);
    }

    /// <summary>One item of the approved plan delivered: paid, handed over, or the referral done; once.</summary>
    public void RecordReintegrationDelivery(string itemId, DateOnly deliveredOn, string? note, string? receiptDocumentId, DateTime at, string by)
    {
        RequireOpen();
        var plan = RequirePlanIn(PlanStatus.Approved, "Items are delivered once the plan is approved.");
        var item = ItemNamed(plan, itemId);
        if (item.DeliveredOn is { } already)
            throw new CaseRuleException("itemId", $"The item was delivered on {already:yyyy-MM-dd} already.");
        if (deliveredOn > DateOnly.FromDateTime(at).AddDays(1))
            throw new CaseRuleException("deliveredOn", "The date is in the future.");
        if ((plan.CapApprovedAt ?? plan.ApprovedAt) is { } approved && deliveredOn < DateOnly.FromDateTime(approved))
            throw new CaseRuleException("deliveredOn", $"The plan was approved on {approved:yyyy-MM-dd}; nothing of it was delivered before.");
        item.Deliver(deliveredOn, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), receiptDocumentId, at, by);
        _changes.Add(new CaseChange(CaseSections.Reintegration, $"plan.items[{item.Id}].deliveredOn", null, deliveredOn.ToString("yyyy-MM-dd")));
        Touch(at, by);
    }

    /// <summary>The delivery step's check: every item of the approved plan delivered.</summary>
    public void RequireEverythingDelivered()
    {
        var plan = RequirePlanIn(PlanStatus.Approved, "The plan is not approved.");
        var waiting = plan.Items.Count(i => i.DeliveredOn is null);
        if (waiting > 0)
            throw new CaseRuleException("plan", $"{waiting} of the plan's {plan.Items.Count} items are not delivered yet: record each delivery on the case page first.");
    }

    /// <summary>
    /// Why the plan is above the programme's caps, or null. A household item counts for the household and, split in
    /// equal shares, for each returnee; a person's item for them alone.
    /// </summary>
    public string? AboveCap(ReintegrationPlan plan, ReintegrationCaps caps)
    {
        if (caps.PerHousehold is { } household && plan.Total > household)
            return $"The plan's total ({plan.Total:0.00} {plan.Currency}) is above the cap per household ({household:0.00}).";
        if (caps.PerPerson is not { } perPerson) return null;
        var returnees = Returnees.Select(p => p.Id).ToList();
        var shared = returnees.Count == 0 ? 0 : plan.Items.Where(i => i.PersonId is null).Sum(i => i.Amount) / returnees.Count;
        return returnees.Any(id => plan.Items.Where(i => i.PersonId == id).Sum(i => i.Amount) + shared > perPerson)
            ? $"A returnee's share of the plan is above the cap per person ({perPerson:0.00} {plan.Currency})." : null;
    }

    private void ReachPlanApproved(DateTime at) =>
        ReachMilestone(Milestone.PlanApproved, Returnees, DateOnly.FromDateTime(at), CaseSections.Reintegration);

    private ReintegrationPlan RequirePlan() =>
        ReintegrationPlan ?? throw new CaseRuleException("plan", "The case has no reintegration plan yet.");

    private ReintegrationPlan RequirePlanIn(PlanStatus status, string otherwise) =>
        ReintegrationPlan is { } plan && plan.Status == status ? plan : throw new CaseRuleException("plan", otherwise);

    private static void RequireEditable(ReintegrationPlan plan)
    {
        if (!plan.IsEditable)
            throw new CaseRuleException("plan", plan.Status switch
            {
                PlanStatus.Declined => "The returnees declined reintegration support.",
                PlanStatus.Approved => "The plan is approved: its items are delivered, not changed.",
                _ => "The plan waits for approval: an approver sends it back to change it.",
            });
    }

    private static ReintegrationItem ItemNamed(ReintegrationPlan plan, string itemId) =>
        plan.Items.FirstOrDefault(i => i.Id == itemId) ?? throw new Engine.Application.NotFoundException("itemId", $"The plan has no item '{itemId}'.");
}
