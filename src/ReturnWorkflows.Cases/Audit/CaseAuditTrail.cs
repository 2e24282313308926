using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Audit;

/// <summary>Turns what a command did into audit rows, keeping sensitive values out.</summary>
public static class CaseAuditTrail
{
    public const string Withheld = "(sensitive: not recorded)";

    public static IEnumerable<CaseAuditEntry> Changes(ReturnCase returnCase, AuditAction action, DateTime at, string actor) =>
        returnCase.PendingChanges.Select(change => Entry(returnCase.Id, change, action, at, actor));

    /// <summary>One change made outside the case aggregate (a contact logged), with the same care for sensitive values.</summary>
    public static CaseAuditEntry Change(string caseId, CaseChange change, DateTime at, string actor) =>
        Entry(caseId, change, AuditAction.Changed, at, actor);

    public static CaseAuditEntry Read(string caseId, IEnumerable<string> sections, DateTime at, string actor) => new()
    {
        CaseId = caseId,
        At = at,
        Actor = actor,
        Action = AuditAction.Read,
        Section = string.Join(",", sections),
    };

    /// <summary>A read of one item of a section (a document downloaded), named in <see cref="CaseAuditEntry.Field"/>.</summary>
    public static CaseAuditEntry Read(string caseId, string section, string field, DateTime at, string actor) => new()
    {
        CaseId = caseId,
        At = at,
        Actor = actor,
        Action = AuditAction.Read,
        Section = section,
        Field = field,
    };

    private static CaseAuditEntry Entry(string caseId, CaseChange change, AuditAction action, DateTime at, string actor) => new()
    {
        CaseId = caseId,
        At = at,
        Actor = actor,
        Action = action,
        Section = change.Section,
        Field = change.Field,
        OldValue = change.Sensitive && change.OldValue is not null ? Withheld : change.OldValue,
        NewValue = change.Sensitive ? Withheld : change.NewValue,
    };
}
