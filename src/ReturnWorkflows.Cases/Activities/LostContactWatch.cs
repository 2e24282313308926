using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// Watches, before departure, for a case nobody has reached for too long (domain.md, step 12: "a lost-contact timer
/// proposes it"). It waits until the period has passed since the last contact that reached someone of the case (or
/// since the case was opened); when it wakes it reads the case again: a contact made meanwhile moves the wake-up on,
/// none leaves through "Lost contact". Drawn beside the phase's main path, which cancels it when it ends.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Lost-contact watch",
    Description = "Waits while the case is in touch; leaves through 'Lost contact' when nobody of the case has been reached (a visit, call or message logged as reached) for the period given.")]
[FlowOutcomes(LostContact)]
public sealed class LostContactWatch : Activity
{
    public const string TypeName = "ReturnWorkflows.Cases.LostContactWatch";
    public const string LostContact = "Lost contact";
    public const string BookmarkName = "ReturnWorkflows.Cases.LostContactWatch";

    /// <summary>The [design] period: an input default the designer changes, never a constant of the code.</summary>
    public const string DefaultPeriod = "+30 days";

    [Input(DisplayName = "Lost after", Description = "How long without reaching anyone of the case counts as lost contact: '+30 days', '+20 working days' (in the host office's calendar).",
        DefaultValue = DefaultPeriod)]
    public string? After { get; init; }

    public override void Execute(ActivityExecutionContext context) => Watch(context);

    public override void Resume(ActivityExecutionContext context) => Watch(context);

    private static void Watch(ActivityExecutionContext context)
    {
        var caseContext = context.Case;
        var period = context.GetInput<string>(nameof(After)) is { Length: > 0 } given ? given : DefaultPeriod;
        var calendar = context.CalendarFor(caseContext?.HostOffice);
        DateTime After(DateTime since) => DueDates.Resolve(period, since, calendar)
                                          ?? throw new InvalidOperationException($"'{period}' is not a period; write it like '+30 days'.");
        DateTime wakeAt;
        if (caseContext?.ClosureProposedAt is not null)
        {
            // A closure waits for a manager's decision: nothing to propose; look again a period from now.
            wakeAt = After(context.Now);
        }
        else
        {
            // A designer's test run has no case: it waits the period from now, as a new case would.
            var since = caseContext is null ? context.Now : caseContext.LastReachedAt ?? caseContext.OpenedAt ?? context.Now;
            wakeAt = After(since);
            if (wakeAt <= context.Now)
            {
                context.Complete(LostContact);
                return;
            }
        }
        context.CreateBookmark(BookmarkName, new JsonObject { ["wakeAt"] = wakeAt.ToString("O") }, dueAt: wakeAt, timerKind: "Lost contact",
            office: caseContext?.HostOffice);
    }
}
