using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Queries;

namespace ReturnWorkflows.Server.Cases;

/// <summary>The timeline's sentences and section names in English; the page translates them (its resources are keyed by them).</summary>
public static class TimelineWords
{
    public static string SectionName(string? section) => section switch
    {
        CaseSections.Case => "the case details",
        CaseSections.People => "the people",
        CaseSections.Consents => "the consents",
        CaseSections.Vulnerabilities => "the vulnerabilities",
        CaseSections.Protection => "the protection findings",
        CaseSections.Status => "the case's status",
        CaseSections.Contacts => "the contact log",
        CaseSections.Counselling => "the counselling record",
        CaseSections.Documents => "the documents",
        CaseSections.Eligibility => "the eligibility",
        _ => section ?? "",
    };

    /// <summary>The sentence of an entry: {0} the actor, {1} the title (phase, task, step), {2} the section, {3} the outcome.</summary>
    public static string SentenceOf(TimelineEntryView entry) => entry.Kind switch
    {
        TimelineEntryKind.CaseOpened => "{0} opened the case.",
        TimelineEntryKind.Changed when entry.Section == CaseSections.Contacts => "{0} logged a contact.",
        TimelineEntryKind.Changed => "{0} changed {2}.",
        TimelineEntryKind.Note => "{0} wrote a note.",
        TimelineEntryKind.PhaseStarted => "Phase started: {1}.",
        TimelineEntryKind.PhaseCompleted => "Phase finished: {1}.",
        TimelineEntryKind.PhaseCancelled => "Phase cancelled: {1}.",
        TimelineEntryKind.StepFailed => "A step failed: {1}. Operations staff can retry it.",
        TimelineEntryKind.TaskOpened => "Task opened: {1}.",
        TimelineEntryKind.TaskOverdue => "Task overdue, supervisors told: {1}.",
        TimelineEntryKind.TaskCompleted => "{0} completed “{1}”: {3}.",
        _ => entry.Kind.ToString(),
    };
}
