using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// Waits for the case's next planned monitoring contact: leaves through "Contact due" a lead time before its day (so
/// the contact's task is in the origin office's inbox in time), through "All contacts made" when none is planned any
/// more. Drawn in a loop with <see cref="MonitoringContact"/>. It reads the case when it wakes, so a contact recorded
/// or planned meanwhile counts.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Wait for the next monitoring contact",
    Description = "Waits until the next planned monitoring visit or call is near and leaves through 'Contact due'; leaves through 'All contacts made' when none is left.")]
[FlowOutcomes(ContactDue, AllMade)]
public sealed class NextMonitoringContact : Activity
{
    public const string TypeName = "ReturnWorkflows.Cases.NextMonitoringContact";
    public const string ContactDue = "Contact due";
    public const string AllMade = "All contacts made";
    public const string BookmarkName = "ReturnWorkflows.Cases.NextMonitoringContact";
    public const string DefaultLead = "-7 days";

    [Input(DisplayName = "Task appears", Description = "When the contact's task appears, relative to its planned day: '-7 days', '-5 working days' (in the origin office's calendar).",
        DefaultValue = DefaultLead)]
    public string? Lead { get; init; }

    public override void Execute(ActivityExecutionContext context) => Watch(context);

    public override void Resume(ActivityExecutionContext context) => Watch(context);

    private static void Watch(ActivityExecutionContext context)
    {
        var caseContext = context.Case;
        if (caseContext is null)
        {
            // A designer's test run has no case and no plan: nothing is left to wait for.
            context.Complete(AllMade);
            return;
        }
        if (caseContext.MonitoringPlannedAt is null)
        {
            // The plan is written by the step before this one, in this same step: the case read before it has none
            // yet. Look again at once, after this step is written.
            Wait(context, context.Now, caseContext.OriginOffice);
            return;
        }
        if (caseContext.NextMonitoringContact is not { } next)
        {
            context.Complete(AllMade);
            return;
        }
        var lead = context.GetInput<string>(nameof(Lead)) is { Length: > 0 } given ? given : DefaultLead;
        var day = next.Day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var appears = DueDates.Resolve(lead, day, context.CalendarFor(caseContext.OriginOffice))
                      ?? throw new InvalidOperationException($"'{lead}' is not a period; write it like '-7 days'.");
        if (appears <= context.Now)
            context.Complete(ContactDue);
        else
            Wait(context, appears, caseContext.OriginOffice);
    }

    private static void Wait(ActivityExecutionContext context, DateTime wakeAt, string? office) =>
        context.CreateBookmark(BookmarkName, new JsonObject { ["wakeAt"] = wakeAt.ToString("O") }, dueAt: wakeAt, timerKind: "Monitoring contact", office: office);
}
