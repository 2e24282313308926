namespace ReturnWorkflows.Cases.Access;

/// <summary>Who is looking at or changing a case, as their sign-in says: user name, roles and office.</summary>
public sealed record CaseViewer(string UserName, IReadOnlyCollection<string> Roles, string? Office)
{
    public bool Holds(string role) => Roles.Contains(role);
}
