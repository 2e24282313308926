namespace ReturnWorkflows.Server.Identity;

/// <summary>Bound from <c>ReturnWorkflows:Identity</c> (environment: <c>ReturnWorkflows__Identity__...</c>).</summary>
public sealed class IdentitySettings
{
    public const string Section = "ReturnWorkflows:Identity";

    /// <summary>
    /// Creates the demo users at start and prints their credentials. On in the embedded default only:
    /// never turn it on for a database that holds real cases.
    /// </summary>
    public bool DemoUsers { get; set; }

    /// <summary>The demo users' password (it must pass the password rules).</summary>
    public string DemoPassword { get; set; } = "Return-Demo-2026";

    /// <summary>How long a designer access token lives; the host page fetches a fresh one before it expires.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed sign-ins before a lockout, and how long it lasts.</summary>
    public int MaxFailedSignIns { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
