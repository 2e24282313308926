namespace ReturnWorkflows.Infrastructure.Notifications;

/// <summary>Bound from <c>ReturnWorkflows:Smtp</c>. Without a host, e-mail is not sent (messages wait in the outbox).</summary>
public sealed class SmtpOptions
{
    public const string Section = "ReturnWorkflows:Smtp";

    public string? Host { get; set; }

    /// <summary>Left out, the usual port of <see cref="Security"/>: see <see cref="PortOrDefault"/>.</summary>
    public int? Port { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>
    /// The setting of the System.Net.Mail sender, no longer read. It is bound only so that start can refuse it and name
    /// <see cref="Security"/> instead: mapping it silently would leave two keys that can disagree, and
    /// <c>EnableSsl=false</c> would quietly become plain text.
    /// </summary>
    public bool? EnableSsl { get; set; }

    /// <summary>When set, the sender logs in (AUTH) with it and <see cref="Password"/>.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }
    public string From { get; set; } = "returnworkflows@localhost";

    /// <summary>How long one network step (connect, a command, the message data) may take before the send fails.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int PortOrDefault() => Port ?? Security switch
    {
        SmtpSecurity.Tls => 465,
        SmtpSecurity.None => 25,
        _ => 587,
    };
}
