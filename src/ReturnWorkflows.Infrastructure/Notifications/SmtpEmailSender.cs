using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Infrastructure.Notifications;

/// <summary>
/// Sends outbox e-mail over SMTP with MailKit: STARTTLS, implicit TLS or plain by <see cref="SmtpOptions.Security"/>, a login
/// when a user name is set, the key as Message-ID. Every failure is thrown, so the dispatcher keeps the message queued with
/// the error; the password never appears in that error.
/// </summary>
/// <remarks>
/// One connection per message: <see cref="IMessageSender"/> sends one message per call and keeps no session between calls,
/// and a batch is at most <see cref="OutboxDispatcher.BatchSize"/> messages every few seconds, so the extra handshakes cost
/// little, and a connection broken by one message cannot fail the next.
/// </remarks>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IMessageSender
{
    public string Channel => "email";

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var host = smtp.Host;
        if (string.IsNullOrWhiteSpace(host))
            throw new InvalidOperationException($"{SmtpOptions.Section}:Host is not set; e-mail waits in the outbox.");
        var email = OutboxEmail.Compose(message, smtp.From);

        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await ConnectAsync(client, host, smtp.PortOrDefault(), smtp.Security, cancellationToken);
        if (smtp.UserName is { Length: > 0 } userName)
            await LogInAsync(client, userName, smtp.Password ?? "", cancellationToken);
        await client.SendAsync(email, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static async Task ConnectAsync(SmtpClient client, string host, int port, SmtpSecurity security, CancellationToken cancellationToken)
    {
        try
        {
            await client.ConnectAsync(host, port, SocketOptions(security), cancellationToken);
        }
        catch (NotSupportedException e) when (security == SmtpSecurity.StartTls)
        {
            // MailKit's own text says only that STARTTLS is missing; the operator needs to know which setting asked for it.
            throw new NotSupportedException(
                $"{host}:{port} does not offer STARTTLS, which {SmtpOptions.Section}:Security=StartTls requires; nothing was sent. " +
                "Use Tls for a server that speaks TLS from the start (usually port 465), or None only for a relay on this machine.", e);
        }
    }

    private static async Task LogInAsync(SmtpClient client, string userName, string password, CancellationToken cancellationToken)
    {
        try
        {
            await client.AuthenticateAsync(userName, password, cancellationToken);
        }
        catch (AuthenticationException e)
        {
            // The dispatcher stores the error text for operators to read: name the account, and make sure the password
            // cannot reach it even if a server echoed it back.
            throw new AuthenticationException(
                $"The SMTP server refused the login of '{userName}': {SecretText.Redact(e.Message, password)}");
        }
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}
