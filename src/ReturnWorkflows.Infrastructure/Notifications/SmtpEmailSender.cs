using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Infrastructure.Notifications;

/// <summary>Sends outbox e-mail over SMTP (System.Net.Mail). The outbox key becomes the Message-ID.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IMessageSender
{
    public string Channel => "email";

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host))
            throw new InvalidOperationException($"{SmtpOptions.Section}:Host is not set; e-mail waits in the outbox.");
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        using var mail = new MailMessage(smtp.From, message.Recipient, message.Subject, message.Body);
        mail.Headers["Message-ID"] = $"<{Uri.EscapeDataString(message.Key)}@returnworkflows>";
        await client.SendMailAsync(mail, cancellationToken);
    }
}
