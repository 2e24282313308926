namespace ReturnWorkflows.Infrastructure.Notifications;

/// <summary>Bound from <c>ReturnWorkflows:Smtp</c>. Without a host, e-mail is not sent (messages wait in the outbox).</summary>
public sealed class SmtpOptions
{
    public const string Section = "ReturnWorkflows:Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>STARTTLS / TLS. Leave on for any server outside the machine.</summary>
    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "returnworkflows@localhost";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
