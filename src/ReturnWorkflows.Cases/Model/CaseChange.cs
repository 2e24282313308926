namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// One field a command changed, for the audit trail. <see cref="Sensitive"/> values are never written there: the
/// trail says that the field changed, not to what.
/// </summary>
public sealed record CaseChange(string Section, string Field, string? OldValue, string? NewValue, bool Sensitive = false);

/// <summary>The sections of a case: what an edit names, what a read reports it showed, what access rules hide.</summary>
public static class CaseSections
{
    public const string Case = "case";
    public const string People = "people";
    public const string Consents = "consents";
    public const string Vulnerabilities = "vulnerabilities";

    /// <summary>The sensitive vulnerabilities (trafficking, medical, child protection): a section of its own so that reads of it are visible.</summary>
    public const string Protection = "protection";

    public const string Status = "status";

    /// <summary>The contact log (visits, calls, messages): its own aggregate, <see cref="Contacts.CaseContact"/>.</summary>
    public const string Contacts = "contacts";

    /// <summary>Case workers' notes: their own aggregate, <see cref="Notes.CaseNote"/>.</summary>
    public const string Notes = "notes";

    /// <summary>The case's history as one list (changes, tasks, phases, notes), <see cref="Queries.GetCaseTimeline"/>.</summary>
    public const string Timeline = "timeline";

    /// <summary>Intake review and counselling: the evidence of an informed decision.</summary>
    public const string Counselling = "counselling";

    /// <summary>
    /// The case's documents (<see cref="Documents.CaseDocument"/>); those of a sensitive section are read and changed
    /// under <see cref="Protection"/>, so the trail shows who looked at a medical clearance.
    /// </summary>
    public const string Documents = "documents";
    /// <summary>Country clearance and the eligibility proposals and decisions (not sensitive; protection findings are in <see cref="Protection"/>).</summary>
    public const string Eligibility = "eligibility";

    /// <summary>The travel-document requests, the documents received and the planned departure.</summary>
    public const string TravelDocuments = "travelDocuments";

    /// <summary>The hand-over to the origin office and the arrival it confirms.</summary>
    public const string Handover = "handover";

    /// <summary>The reintegration plan, its approval and the delivery of its items.</summary>
    public const string Reintegration = "reintegration";
}
