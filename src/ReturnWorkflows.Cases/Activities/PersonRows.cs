using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The persons a per-person question of a case form is asked of, and the check that the submitted rows answer for
/// exactly them: a row per person, so one person's answer is never taken for the household's.
/// </summary>
internal static class PersonRows
{
    /// <summary>Everyone still taking part whose data may be processed, in the case's order (the principal first).</summary>
    public static IReadOnlyList<Person> AskedOf(ReturnCase returnCase) =>
        returnCase.Participants.Where(p => p.MayBeProcessed).OrderBy(p => p.Position).ToList();

    /// <summary>Each row with its person; refused, naming the row, when one names someone not asked or someone asked has no row.</summary>
    public static IReadOnlyList<(Person Person, TRow Row, int Index)> Match<TRow>(ReturnCase returnCase, IReadOnlyList<TRow>? rows, string field)
        where TRow : IPersonRow
    {
        rows ??= [];
        var asked = AskedOf(returnCase).ToDictionary(p => p.Id, StringComparer.Ordinal);
        if (asked.Count == 0)
            throw new CaseRuleException($"form.{field}", "Nobody in the case still takes part in the return.");
        var matched = new List<(Person, TRow, int)>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (!asked.TryGetValue(rows[i].PersonId, out var person))
                throw new CaseRuleException($"form.{field}[{i}].personId",
                    "This row is for someone who no longer takes part in the return (or is not in the case): reload the task.");
            matched.Add((person, rows[i], i));
        }
        var missing = asked.Keys.Count(id => rows.All(r => r.PersonId != id));
        if (missing > 0)
            throw new CaseRuleException($"form.{field}", missing == 1
                ? "One person taking part has no row: reload the task and answer for everyone."
                : $"{missing} persons taking part have no row: reload the task and answer for everyone.");
        return matched;
    }
}
