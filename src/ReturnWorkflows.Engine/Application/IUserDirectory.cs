namespace ReturnWorkflows.Engine.Application;

/// <summary>
/// The people who sign in, as the engine needs them: who a task may be given to, whom an escalation or a digest
/// reaches. Identity lives in Infrastructure; the engine sees only this.
/// </summary>
public interface IUserDirectory
{
    Task<DirectoryUser?> FindAsync(string userName, CancellationToken cancellationToken);

    /// <summary>The users of <paramref name="office"/> holding <paramref name="role"/> (for example its supervisors).</summary>
    Task<IReadOnlyList<DirectoryUser>> InOfficeAsync(string office, string role, CancellationToken cancellationToken);

    /// <summary>Everyone with an e-mail address, for the daily digest.</summary>
    Task<IReadOnlyList<DirectoryUser>> WithEmailAsync(CancellationToken cancellationToken);
}

/// <param name="UserName">The name tasks are assigned to and audit records carry.</param>
/// <param name="Email">Null when the person has none: they are told in the application only.</param>
public sealed record DirectoryUser(string UserName, string DisplayName, string? Email, string Office, IReadOnlyList<string> Roles);
