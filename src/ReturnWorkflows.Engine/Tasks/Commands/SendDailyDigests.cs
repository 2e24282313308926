using System.Globalization;
using MediatR;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Calendars;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Engine.Tasks.Queries;

namespace ReturnWorkflows.Engine.Tasks.Commands;

/// <summary>
/// The morning digest for the offices in one time zone: each person with an e-mail address and work waiting gets one
/// message with counts (their own tasks, how many overdue, their office's open queue) and a link, on the office's
/// working days. Keyed by person and local date, so a second run on the same day sends nothing. Returns how many
/// were queued.
/// </summary>
public sealed record SendDailyDigests(string TimeZoneId) : IRequest<int>;

public sealed class SendDailyDigestsHandler(IUserDirectory users, ITaskInboxQueries inbox, OfficeCalendars calendars, IOutboxStore outbox,
    IOptions<NotificationOptions> options, TimeProvider timeProvider) : IRequestHandler<SendDailyDigests, int>
{
    public async Task<int> Handle(SendDailyDigests command, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var messages = new List<OutboxMessage>();
        foreach (var user in await users.WithEmailAsync(cancellationToken))
        {
            var calendar = calendars.For(user.Office);
            var today = calendar.Today(now);
            if (calendar.TimeZone.Id != command.TimeZoneId || !calendar.IsWorkingDay(today))
                continue;
            var actor = new TaskActor(user.UserName, user.Roles, user.Office);
            var mine = await inbox.CountAsync(actor, InboxView.Mine, now, cancellationToken);
            var queue = await inbox.CountAsync(actor, InboxView.OfficeOpen, now, cancellationToken);
            if (mine + queue == 0) continue;
            var overdue = await inbox.CountAsync(actor, InboxView.Overdue, now, cancellationToken);
            messages.Add(new OutboxMessage
            {
                Id = IdGenerator.NewId(),
                Key = $"digest:{user.UserName}:{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
                Recipient = user.Email!,
                Subject = $"Your tasks for {today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
                Body = $"Your tasks: {mine}. Open in your office's queue: {queue}. Overdue among them: {overdue}.\n\n" +
                       $"Sign in to see them: {options.Value.PublicBaseUrl.TrimEnd('/')}/inbox\n",
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }
        return await outbox.EnqueueAsync(messages, cancellationToken);
    }
}
