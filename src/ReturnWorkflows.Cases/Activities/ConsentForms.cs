using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// What the consent steps share: how and in which language the household gave its answer. One statement per consent
/// kind is appended to each person's consent history, so a later withdrawal by one of them is kept beside it.
/// </summary>
internal static class HouseholdConsents
{
    public static void Record(ReturnCase returnCase, ConsentKind kind, ConsentDecision decision, ConsentMethod method,
        string language, string? interpreter, string? guardian, DateTime at, string by)
    {
        // A withdrawal is taken on a closed case too (from the case page); a consent step belongs to an open one.
        if (returnCase.Status == CaseStatus.Closed)
            throw new CaseRuleException("status", "The case is closed; reopen it before recording consents.");
        var statement = new ConsentStatement(kind, decision, method, language.Trim(), Blank(interpreter), null);
        // A child consents through their guardian (the aggregate refuses a child's consent without one).
        var forChild = statement with { Guardian = Blank(guardian) };
        foreach (var person in returnCase.Persons)
            returnCase.RecordConsent(person.Id, person.Details.IsChildOn(DateOnly.FromDateTime(at)) ? forChild : statement, at, by);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
