namespace ReturnWorkflows.Cases.Model;

// The per-person milestone dates the reports count: written by the commands whose facts they are (a counselling
// session, an eligibility decision) and, for the phases not built yet, recorded by a case worker with their date.
public sealed partial class ReturnCase
{
    /// <summary>
    /// A case worker records that the persons (all who still take part, when none are named) departed, arrived or had
    /// their reintegration plan approved on <paramref name="on"/>. Refused for the milestones a step writes, for a date
    /// in the future, and before the milestone that must come first; a person who reached it already keeps their date.
    /// </summary>
    public void RecordMilestone(Milestone milestone, IReadOnlyCollection<string>? personIds, DateOnly on, DateTime at, string by)
    {
        RequireOpen();
        if (!Milestones.RecordedByHand.Contains(milestone))
            throw new CaseRuleException("milestone", $"'{milestone}' is written by its own step of the case, not recorded by hand.");
        if (on > DateOnly.FromDateTime(at).AddDays(1)) // a day's grace: the office may be ahead of UTC
            throw new CaseRuleException("on", "The date is in the future.");
        var persons = personIds is { Count: > 0 } ? personIds.Distinct().Select(PersonNamed).ToList() : Participants.ToList();
        foreach (var person in persons)
        {
            if (person.Participation != Participation.Participating)
                throw new CaseRuleException("personIds", "A person who withdrew from the return reaches no milestone of it.");
            if (Milestones.Before(milestone) is { } before && !(person.ReachedOn(before) <= on))
                throw new CaseRuleException("on", $"Record '{before}' for everyone named first, on or before this date.");
        }
        if (ReachMilestone(milestone, persons, on, CaseSections.People) > 0) Touch(at, by);
    }

    /// <summary>
    /// Sets the milestone for each of <paramref name="persons"/> not there yet, audited per person in the section of the
    /// fact that reached it (a counselling session's under counselling). Returns how many reached it now.
    /// </summary>
    private int ReachMilestone(Milestone milestone, IEnumerable<Person> persons, DateOnly on, string section)
    {
        var reached = 0;
        foreach (var person in persons.Where(p => p.Reach(milestone, on)))
        {
            _changes.Add(new CaseChange(section, $"persons[{person.Id}].milestones.{Milestones.FieldName(milestone)}", null, on.ToString("yyyy-MM-dd")));
            reached++;
        }
        return reached;
    }
}
