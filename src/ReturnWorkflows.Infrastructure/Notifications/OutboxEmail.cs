using MimeKit;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Infrastructure.Notifications;

/// <summary>Turns an outbox message into the e-mail that is sent: plain text, from our sender, with the key as Message-ID.</summary>
public static class OutboxEmail
{
    /// <summary>
    /// <c>&lt;{escaped key}@returnworkflows&gt;</c>, the form used since the first sender: receivers that drop a repeated
    /// Message-ID (a send repeated after a crash between sending and recording it) keep recognising our messages.
    /// </summary>
    public static string MessageId(string key) => $"<{Uri.EscapeDataString(key)}@returnworkflows>";

    public static MimeMessage Compose(OutboxMessage message, string from)
    {
        var email = new MimeMessage();
        email.From.Add(MailboxAddress.Parse(from));
        email.To.Add(MailboxAddress.Parse(message.Recipient));
        email.Subject = message.Subject;
        email.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = message.Body };
        // Set as a header, not through MimeMessage.MessageId, which parses its value as an RFC 5322 msg-id and would refuse
        // a key that escapes to, say, a trailing dot; the header is written as given, as the System.Net.Mail sender wrote it.
        email.Headers[HeaderId.MessageId] = MessageId(message.Key);
        return email;
    }
}
