namespace ReturnWorkflows.Engine.Tasks;

/// <summary>A reminder that came due for the task of an activity: before its due date, or after it (overdue).</summary>
/// <param name="Number">Its place in the task's schedule, so each reminder's e-mail has a key of its own.</param>
public sealed record TaskReminder(string ActivityInstanceId, bool Overdue, int Number);
