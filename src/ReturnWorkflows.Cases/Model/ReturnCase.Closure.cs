namespace ReturnWorkflows.Cases.Model;

// Withdrawal of one person, and the closure of the whole case: proposed, approved by someone else, reopened.
public sealed partial class ReturnCase
{
    public ClosureReason? ProposedClosureReason { get; private set; }
    public string? ProposedClosureNote { get; private set; }
    public string? ClosureProposedBy { get; private set; }
    public DateTime? ClosureProposedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }

    public ClosureProposal? PendingClosure => ProposedClosureReason is { } reason
        ? new ClosureProposal(reason, ProposedClosureNote, ClosureProposedBy!, ClosureProposedAt!.Value)
        : null;

    public IEnumerable<Person> Participants => _persons.Where(p => p.Participation == Participation.Participating);

    /// <summary>The furthest milestone anyone of the case reached, or Closed (the case list computes the same in SQL).</summary>
    public CaseStage Stage =>
        Status == CaseStatus.Closed ? CaseStage.Closed
        : _persons.Any(p => p.PlanApprovedOn != null) ? CaseStage.PlanApproved
        : _persons.Any(p => p.ArrivedOn != null) ? CaseStage.Arrived
        : _persons.Any(p => p.DepartedOn != null) ? CaseStage.Departed
        : _persons.Any(p => p.TravelDocumentObtainedAt != null) ? CaseStage.TravelDocumentObtained
        : _persons.Any(p => p.EligibleOn != null) ? CaseStage.Eligible
        : _persons.Any(p => p.DecidedToReturnOn != null) ? CaseStage.DecidedToReturn
        : _persons.Any(p => p.CounselledOn != null) ? CaseStage.Counselled
        : CaseStage.Intake;

    /// <summary>
    /// One person drops the return; the others go on. The principal applicant may drop it too: the next participant
    /// in the order the family was registered becomes the principal. The last participant cannot: that is the case's
    /// closure ("withdrew before departure").
    /// </summary>
    public void WithdrawPerson(string personId, WithdrawalReason reason, string? note, DateTime at, string by)
    {
        RequireOpen();
        var person = PersonNamed(personId);
        if (person.Participation != Participation.Participating)
            throw new CaseRuleException("personId", "The person has already withdrawn from the return.");
        var next = Participants.Where(p => p.Id != personId).OrderBy(p => p.Position).FirstOrDefault()
                   ?? throw new CaseRuleException("personId", "Nobody else in the case still takes part: propose closing the case as 'withdrew before departure' instead.");
        person.WithdrawFromReturn(reason, note, at, by);
        _changes.Add(new CaseChange(CaseSections.People, $"persons[{personId}].participation", nameof(Participation.Participating), $"{Participation.WithdrewFromReturn} ({reason})"));
        if (person.IsPrincipal)
        {
            person.HandOverPrincipal(next);
            _changes.Add(new CaseChange(CaseSections.People, "principal", personId, next.Id));
        }
        Touch(at, by);
    }

    /// <summary>Proposes closing the case for a reason of the domain's list; it stays open until a manager approves.</summary>
    public void ProposeClosure(ClosureReason reason, string? note, DateTime at, string by)
    {
        RequireOpen();
        if (PendingClosure is { } pending)
            throw new CaseRuleException("closure", $"{pending.ProposedBy} already proposed closing the case ({pending.Reason}); it waits for a manager's decision.");
        (ProposedClosureReason, ProposedClosureNote, ClosureProposedBy, ClosureProposedAt) = (reason, note, by, at);
        _changes.Add(new CaseChange(CaseSections.Status, "closure", null, $"proposed ({reason})"));
        Touch(at, by);
    }

    /// <summary>Four eyes: whoever proposed the closure does not approve it.</summary>
    public void ApproveClosure(DateTime at, string by)
    {
        var pending = RequirePendingClosure();
        if (string.Equals(pending.ProposedBy, by, StringComparison.OrdinalIgnoreCase))
            throw new CaseRuleException("closure", "You proposed this closure: someone else approves it.");
        _changes.Add(new CaseChange(CaseSections.Status, "status", Status.ToString(), $"{CaseStatus.Closed} ({pending.Reason})"));
        Status = CaseStatus.Closed;
        ClosureReason = pending.Reason;
        (ClosedAt, ClosedBy) = (at, by);
        ClearProposal();
        Touch(at, by);
    }

    public void RejectClosure(string? note, DateTime at, string by)
    {
        var pending = RequirePendingClosure();
        _changes.Add(new CaseChange(CaseSections.Status, "closure", $"proposed ({pending.Reason})", string.IsNullOrWhiteSpace(note) ? "rejected" : $"rejected: {note}"));
        ClearProposal();
        Touch(at, by);
    }

    /// <summary>A closed case can be reopened, for a reason (domain.md, step 12); its history stays.</summary>
    public void Reopen(string reason, DateTime at, string by)
    {
        if (Status != CaseStatus.Closed)
            throw new CaseRuleException("status", "The case is open.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new CaseRuleException("reason", "Say why the case is reopened.");
        _changes.Add(new CaseChange(CaseSections.Status, "status", $"{CaseStatus.Closed} ({ClosureReason})", $"{CaseStatus.Open}: {reason.Trim()}"));
        Status = CaseStatus.Open;
        ClosureReason = null;
        // Support declined before, asked for now: the plan is drafted again with the returnees.
        if (ReintegrationPlan is { Status: PlanStatus.Declined } declined)
        {
            declined.Redraft();
            _changes.Add(new CaseChange(CaseSections.Reintegration, "plan.status", nameof(PlanStatus.Declined), nameof(PlanStatus.Draft)));
        }
        (ClosedAt, ClosedBy) = (null, null);
        Touch(at, by);
    }

    private ClosureProposal RequirePendingClosure()
    {
        RequireOpen();
        return PendingClosure ?? throw new CaseRuleException("closure", "Nobody has proposed closing the case.");
    }

    private void ClearProposal() => (ProposedClosureReason, ProposedClosureNote, ClosureProposedBy, ClosureProposedAt) = (null, null, null, null);
}
