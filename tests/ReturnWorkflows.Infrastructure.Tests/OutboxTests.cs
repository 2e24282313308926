using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Infrastructure.Notifications;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>Messages written in a step are sent after it commits, over real SMTP on loopback, once, even through an outage.</summary>
public abstract class OutboxTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private readonly SmtpListener _smtp = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, timeProvider: _clock);
        var smtp = _database.Services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        smtp.Host = "127.0.0.1";
        smtp.Port = _smtp.Port;
        smtp.Security = SmtpSecurity.None; // the loopback listener speaks no TLS
        smtp.From = "noreply@returnworkflows.test";
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_queued_message_is_sent_once_with_its_key_as_message_id()
    {
        _smtp.Start();
        await EnqueueAsync(Message("task-42-reminder"), Message("task-42-reminder")); // the same key twice: queued once

        var first = await DispatchAsync();
        var second = await DispatchAsync();

        Assert.Equal((1, 0), (first.Sent, second.Sent));
        var mail = Assert.Single(_smtp.Received);
        Assert.Equal(["supervisor@srb.example"], mail.To);
        Assert.Equal("<task-42-reminder@returnworkflows>", mail.Header("Message-ID"));
        Assert.Contains("https://returnworkflows.example/tasks/42", mail.Data);
    }

    [Fact]
    public async Task An_smtp_outage_is_retried_with_back_off_and_the_message_arrives_once_when_it_recovers()
    {
        await EnqueueAsync(Message("escalation-7"));

        var during = await DispatchAsync(); // nothing listens: the send fails
        var tooEarly = await DispatchAsync();
        _smtp.Start();
        _clock.Advance(OutboxDispatcher.Backoff(1));
        var after = await DispatchAsync();

        Assert.Equal((1, 0), (during.Retried, during.Sent));
        Assert.Equal(0, tooEarly.Sent + tooEarly.Retried); // not due again before its back-off
        Assert.Equal(1, after.Sent);
        Assert.Single(_smtp.Received);
        var stored = await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal((OutboxStatus.Sent, 2), (stored.Status, stored.Attempts));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_ends_as_failed_for_an_operator()
    {
        await EnqueueAsync(Message("never-delivered"));

        for (var attempt = 1; attempt <= OutboxDispatcher.MaxAttempts; attempt++)
        {
            await DispatchAsync();
            _clock.Advance(OutboxDispatcher.Backoff(attempt));
        }

        var stored = await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal((OutboxStatus.Failed, OutboxDispatcher.MaxAttempts), (stored.Status, stored.Attempts));
        Assert.NotNull(stored.LastError);
        Assert.Equal(0, await _database.InScopeAsync(scope => scope.GetRequiredService<IOutboxStore>().CountBacklogAsync(CancellationToken.None)));
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

    private Task EnqueueAsync(params OutboxMessage[] messages) => _database.InScopeAsync(async scope =>
    {
        var unitOfWork = scope.GetRequiredService<IUnitOfWork>();
        await using var transaction = await unitOfWork.BeginAsync(CancellationToken.None);
        await scope.GetRequiredService<IOutboxStore>().EnqueueAsync(messages, CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    });

    private Task<OutboxReport> DispatchAsync() => _database.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
}

public sealed class SqliteOutboxTests() : OutboxTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlOutboxTests() : OutboxTests(DatabaseProvider.PostgreSql);
