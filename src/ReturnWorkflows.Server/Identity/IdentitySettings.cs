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

    /// <summary>
    /// Sign-in attempts allowed per client address, and per account name, in each <see cref="SignInWindow"/>; on top
    /// of the lockout, so one address cannot try many accounts and a locked account cannot be hammered.
    /// </summary>
    public int SignInAttemptsPerAddress { get; set; } = 100;
    public int SignInAttemptsPerAccount { get; set; } = 10;
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(5);
}
