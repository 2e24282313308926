using NCrontab;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Scheduling;

[Activity("Elsa.Cron", "Scheduling", Description = "Waits for the next occurrence of a cron expression (six fields, with seconds, UTC).", Kind = ActivityKind.Trigger)]
public sealed class Cron : Activity
{
    [Input(Description = "Six fields: second minute hour day month weekday, for example 0 0 9 * * MON-FRI.")]
    public string? CronExpression { get; init; }

    public override void Execute(ActivityExecutionContext context)
    {
        if (context.IsStartingTrigger)
        {
            context.Complete();
            return;
        }
        var expression = context.GetInput<string>(nameof(CronExpression))?.Trim();
        var schedule = string.IsNullOrEmpty(expression) ? null : CrontabSchedule.TryParse(expression.Replace('?', '*'), new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        if (schedule is null)
            throw new InvalidOperationException("The cron expression does not parse: six fields are expected (second minute hour day month weekday).");
        var executeAt = DateTime.SpecifyKind(schedule.GetNextOccurrence(context.Now), DateTimeKind.Utc);
        context.CreateBookmark("Elsa.Cron", new JsonObject { ["executeAt"] = executeAt.ToString("O"), ["cronExpression"] = expression }, dueAt: executeAt);
    }
}
