namespace ReturnWorkflows.Engine.Tasks;

/// <summary>Who is acting on a task, as the signed-in user's claims say: their id, roles and office.</summary>
public sealed record TaskActor(string UserId, IReadOnlyCollection<string> Roles, string? Office)
{
    public const string SupervisorRole = "Supervisor";
    public const string AdministratorRole = "Administrator";

    public bool IsSupervisorOf(HumanTask task) =>
        (Roles.Contains(AdministratorRole)) || (Roles.Contains(SupervisorRole) && (task.CandidateOffice is null || task.CandidateOffice == Office));

    /// <summary>Whom a task is shown to: its assignee or completer, a candidate while nobody has it, a supervisor of its office.</summary>
    public bool MaySee(HumanTask task) =>
        task.Assignee == UserId || task.CompletedBy == UserId || IsSupervisorOf(task)
        || (task.Assignee is null && task.Status is HumanTaskStatus.Open or HumanTaskStatus.Escalated && IsCandidateFor(task));

    /// <summary>A candidate: the task's role (if any) is one of theirs and its office (if any) is theirs.</summary>
    public bool IsCandidateFor(HumanTask task) =>
        (task.CandidateRole is null || Roles.Contains(task.CandidateRole)) && (task.CandidateOffice is null || task.CandidateOffice == Office);
}
