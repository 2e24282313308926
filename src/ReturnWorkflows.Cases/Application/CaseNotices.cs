using Microsoft.Extensions.Options;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Cases.Application;

/// <summary>
/// Tells the people of an office who hold a role about a case: a notice in the application and an e-mail queued in
/// the outbox, in the command's transaction, as escalations do. Both say what happened and link to the case; neither
/// names the person (the e-mail leaves the system, and the notice's title is listed in the shell).
/// </summary>
public sealed class CaseNotices(IUserDirectory users, INotificationStore notifications, IOutboxStore outbox, IOptions<NotificationOptions> options)
{
    /// <summary>A closure was proposed: the case's office's programme managers decide on it (from the case page or a task).</summary>
    public Task ClosureProposedAsync(Model.ReturnCase proposed, CancellationToken cancellationToken) =>
        TellAsync(proposed.HostOffice, Access.Roles.ProgrammeManager, proposed.Id, proposed.Number, $"closure-proposed-{proposed.Version}",
            "Closure proposed, waiting for your decision", proposed.PendingClosure!.ProposedAt, cancellationToken);

    /// <param name="occasion">Tells notices about one case apart in the e-mail key, so a retried command queues each once.</param>
    public async Task TellAsync(string office, string role, string caseId, string caseNumber, string occasion, string headline,
        DateTime now, CancellationToken cancellationToken)
    {
        var link = $"/cases/{caseId}";
        var emails = new List<OutboxMessage>();
        foreach (var person in await users.InOfficeAsync(office, role, cancellationToken))
        {
            notifications.Add([new Notification
            {
                Id = IdGenerator.NewId(), UserName = person.UserName, Kind = NotificationKind.CaseAttention,
                Title = $"{headline}: {caseNumber}", Link = link, CreatedAt = now,
            }]);
            if (string.IsNullOrWhiteSpace(person.Email)) continue;
            emails.Add(new OutboxMessage
            {
                Id = IdGenerator.NewId(),
                Key = $"case-{occasion}:{caseId}:{person.UserName}",
                Recipient = person.Email,
                Subject = $"{headline}: case {caseNumber}",
                Body = $"{headline}: case {caseNumber}.\n\nSign in to see it: {options.Value.PublicBaseUrl.TrimEnd('/')}{link}\n",
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }
        await outbox.EnqueueAsync(emails, cancellationToken);
    }
}
