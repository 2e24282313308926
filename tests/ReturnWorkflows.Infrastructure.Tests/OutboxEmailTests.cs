using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Infrastructure.Notifications;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>The e-mail built from an outbox message keeps the Message-ID form receivers already know, whatever the key.</summary>
public sealed class OutboxEmailTests
{
    [Theory]
    [InlineData("task-42-reminder", "<task-42-reminder@returnworkflows>")]
    [InlineData("task-reminder:t-1:overdue:ana.k@srb", "<task-reminder%3At-1%3Aoverdue%3Aana.k%40srb@returnworkflows>")]
    [InlineData("digest:BA-SJJ:2027-03-01:john.", "<digest%3ABA-SJJ%3A2027-03-01%3Ajohn.@returnworkflows>")] // a trailing dot: not a strict msg-id
    [InlineData("task-request:0f8fad5b-d9cb-469f-a165-70867728950e:initial:a-rather-long-user-name.of-some-office",
        "<task-request%3A0f8fad5b-d9cb-469f-a165-70867728950e%3Ainitial%3Aa-rather-long-user-name.of-some-office@returnworkflows>")]
    public async Task The_message_id_is_the_escaped_key_at_returnworkflows_written_on_one_line(string key, string expected)
    {
        var email = OutboxEmail.Compose(Message(key), "Return Workflows <noreply@returnworkflows.test>");

        var written = await WriteAsync(email);

        Assert.Contains("\r\nMessage-Id: " + expected + "\r\n", "\r\n" + written);
    }

    [Fact]
    public async Task The_email_is_plain_text_from_our_sender_to_the_recipient()
    {
        var email = OutboxEmail.Compose(Message("k"), "noreply@returnworkflows.test");

        var written = await WriteAsync(email);

        Assert.Equal("noreply@returnworkflows.test", Assert.Single(email.From.Mailboxes).Address);
        Assert.Equal("supervisor@srb.example", Assert.Single(email.To.Mailboxes).Address);
        Assert.Equal("Zadatak čeka: BA-SJJ", email.Subject);
        Assert.Equal("text/plain", Assert.IsType<MimeKit.TextPart>(email.Body).ContentType.MimeType);
        Assert.Equal("Open https://returnworkflows.example/tasks/42", email.TextBody);
        Assert.Single(written.Split("\r\n"), line => line.StartsWith("Message-Id:", StringComparison.OrdinalIgnoreCase));
    }

    private static OutboxMessage Message(string key) => new()
    {
        Id = "1",
        Key = key,
        Recipient = "supervisor@srb.example",
        Subject = "Zadatak čeka: BA-SJJ",
        Body = "Open https://returnworkflows.example/tasks/42",
    };

    private static async Task<string> WriteAsync(MimeKit.MimeMessage email)
    {
        using var buffer = new MemoryStream();
        var asOnTheWire = MimeKit.FormatOptions.Default.Clone();
        asOnTheWire.NewLineFormat = MimeKit.NewLineFormat.Dos;
        await email.WriteToAsync(asOnTheWire, buffer);
        return System.Text.Encoding.ASCII.GetString(buffer.ToArray());
    }
}
