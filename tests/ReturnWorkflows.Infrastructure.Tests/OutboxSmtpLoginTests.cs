using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Infrastructure.Notifications;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// The SMTP login and transport security, against the loopback listener: a refused login or a server without the
/// required STARTTLS leaves the message queued with a readable error (never the password); an accepted login delivers it.
/// </summary>
public abstract class OutboxSmtpLoginTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Password = "s3cret-relay-passw0rd";
    private static readonly SmtpLogin Relay = new("relay@returnworkflows.test", Password);
    private readonly ManualTimeProvider _clock = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider, timeProvider: _clock);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_refused_login_leaves_the_message_queued_with_the_error_and_without_the_password()
    {
        await using var smtp = new SmtpListener(Relay);
        smtp.Start();
        UseListener(smtp, SmtpSecurity.None, Relay with { Password = "wrong-" + Password });
        await EnqueueAsync(Message("escalation-9"));

        var report = await DispatchAsync();

        Assert.Equal((0, 1), (report.Sent, report.Retried));
        Assert.Empty(smtp.Received);
        Assert.NotEqual(0, smtp.RefusedLogins); // MailKit tries each mechanism offered (PLAIN, then LOGIN) before giving up
        var stored = await StoredAsync();
        Assert.Equal((OutboxStatus.Pending, 1), (stored.Status, stored.Attempts));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime + OutboxDispatcher.Backoff(1), stored.NextAttemptAt);
        Assert.NotNull(stored.LastError);
        Assert.Contains("refused the login of 'relay@returnworkflows.test'", stored.LastError);
        Assert.Contains("535", stored.LastError);
        Assert.DoesNotContain(Password, stored.LastError);
    }

    [Theory]
    [InlineData("PLAIN")]
    [InlineData("LOGIN")]
    public async Task A_login_the_server_accepts_delivers_the_message_with_its_key_as_message_id(string mechanism)
    {
        await using var smtp = new SmtpListener(Relay, mechanism);
        smtp.Start();
        UseListener(smtp, SmtpSecurity.None, Relay);
        await EnqueueAsync(Message("task-reminder:t-1:overdue:ana.k@srb"));

        var report = await DispatchAsync();

        Assert.Equal(1, report.Sent);
        var mail = Assert.Single(smtp.Received);
        Assert.Equal(Relay.UserName, mail.AuthenticatedAs);
        Assert.Equal("<task-reminder%3At-1%3Aoverdue%3Aana.k%40srb@returnworkflows>", mail.Header("Message-ID"));
        Assert.Equal(["supervisor@srb.example"], mail.To);
        Assert.Equal((OutboxStatus.Sent, null), ((await StoredAsync()).Status, (await StoredAsync()).LastError));
    }

    [Fact]
    public async Task A_server_without_starttls_gets_nothing_when_starttls_is_required()
    {
        await using var smtp = new SmtpListener(Relay);
        smtp.Start();
        UseListener(smtp, SmtpSecurity.StartTls, Relay);
        await EnqueueAsync(Message("digest-2027-03-01"));

        var report = await DispatchAsync();

        Assert.Equal((0, 1), (report.Sent, report.Retried));
        Assert.Empty(smtp.Received);
        Assert.Equal(0, smtp.RefusedLogins); // not even the login was tried in plain text
        var stored = await StoredAsync();
        Assert.Equal((OutboxStatus.Pending, 1), (stored.Status, stored.Attempts));
        Assert.Contains($"127.0.0.1:{smtp.Port} does not offer STARTTLS, which ReturnWorkflows:Smtp:Security=StartTls requires", stored.LastError);
        Assert.DoesNotContain(Password, stored.LastError);
    }

    private void UseListener(SmtpListener listener, SmtpSecurity security, SmtpLogin login)
    {
        var smtp = _database.Services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        smtp.Host = "127.0.0.1";
        smtp.Port = listener.Port;
        smtp.Security = security;
        smtp.UserName = login.UserName;
        smtp.Password = login.Password;
        smtp.From = "noreply@returnworkflows.test";
        smtp.Timeout = TimeSpan.FromSeconds(10);
    }

    private OutboxMessage Message(string key) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Key = key,
        Recipient = "supervisor@srb.example",
        Subject = "A task needs attention",
        Body = "Open https://returnworkflows.example/tasks/42",
        CreatedAt = _clock.GetUtcNow().UtcDateTime,
        NextAttemptAt = _clock.GetUtcNow().UtcDateTime,
    };

    private Task EnqueueAsync(OutboxMessage message) => _database.InScopeAsync(async scope =>
    {
        var unitOfWork = scope.GetRequiredService<IUnitOfWork>();
        await using var transaction = await unitOfWork.BeginAsync(CancellationToken.None);
        await scope.GetRequiredService<IOutboxStore>().EnqueueAsync([message], CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    });

    private Task<OutboxReport> DispatchAsync() => _database.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);

    private Task<OutboxMessage> StoredAsync() => _database.InScopeAsync(scope =>
        scope.GetRequiredService<ReturnWorkflowsDbContext>().OutboxMessages.AsNoTracking().SingleAsync());
}

public sealed class SqliteOutboxSmtpLoginTests() : OutboxSmtpLoginTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlOutboxSmtpLoginTests() : OutboxSmtpLoginTests(DatabaseProvider.PostgreSql);
