namespace ReturnWorkflows.Server.Identity.Users;

/// <summary>A new user as an administrator sends it: who they are, where they work, what they do, a first password.</summary>
public sealed record NewUserRequest(string UserName, string DisplayName, string? Email, string Office, IReadOnlyList<string> Roles, string Password);

/// <summary>A user's changeable details; the user name is the address and never changes (tasks and audit rows name it).</summary>
public sealed record UserChangeRequest(string DisplayName, string? Email, string Office, IReadOnlyList<string> Roles);

public sealed record PasswordResetRequest(string Password);

/// <summary>A user as administrators see them; never the password hash or security stamp.</summary>
public sealed record UserAccountView(string UserName, string DisplayName, string? Email, string Office, IReadOnlyList<string> Roles, bool Active);
