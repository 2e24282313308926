namespace ReturnWorkflows.Infrastructure.Notifications;

/// <summary>How the connection to the SMTP server is protected (<c>ReturnWorkflows:Smtp:Security</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>Connect in plain text and upgrade with STARTTLS, usually on port 587. The send fails when the server does
    /// not offer STARTTLS: nothing, not even the login, goes out unencrypted.</summary>
    StartTls,

    /// <summary>TLS from the first byte (implicit TLS, "SMTPS"), usually on port 465.</summary>
    Tls,

    /// <summary>No encryption, usually on port 25: only for a relay on this machine (or one reached without leaving a
    /// trusted network). Start refuses it with credentials for a host that is not loopback.</summary>
    None,
}
