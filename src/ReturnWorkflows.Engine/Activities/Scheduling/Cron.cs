using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Scheduling;

[Activity("Elsa.Cron", "Scheduling", Description = "Waits for the next occurrence of a cron expression (six fields, with seconds, UTC).", Kind = ActivityKind.Trigger)]
public sealed class Cron : Activity
{
    [Input(Description = "Six fields: second minute hour day month weekday, for example 0 0 9 * * MON-FRI.")]
    public string? CronExpression { get; init; }
}
