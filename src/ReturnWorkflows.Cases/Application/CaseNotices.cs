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

    /// <summary>
    /// A country of return changed status: the supervisors of each office with open cases to it hear once per office,
    /// how many cases are flagged, with a link to that office's flagged cases (not one notice per case).
    /// </summary>
    public Task CountryStatusChangedAsync(string office, ReferenceData.CountryOfReturn country, int flaggedCases, DateTime now, CancellationToken cancellationToken) =>
        TellAsync(office, Access.Roles.Supervisor, $"/cases?flag={Model.CaseFlag.CountryStatusChanged}&country={country.Code}",
            $"country-status-{country.Code}-{now:yyyyMMddHHmmss}:{office}",
            $"Returns to {country.Name}: now {StatusWords(country.Status)} from {country.StatusEffectiveFrom:yyyy-MM-dd}; {flaggedCases} open {(flaggedCases == 1 ? "case" : "cases")} flagged",
            now, cancellationToken);

    private static string StatusWords(ReferenceData.ReturnStatus status) => status switch
    {
        ReferenceData.ReturnStatus.CaseByCase => "case by case, needing clearance",
        ReferenceData.ReturnStatus.Suspended => "suspended",
        _ => "open",
    };

    /// <param name="occasion">Tells notices about one case apart in the e-mail key, so a retried command queues each once.</param>
    public Task TellAsync(string office, string role, string caseId, string caseNumber, string occasion, string headline,
        DateTime now, CancellationToken cancellationToken) =>
        TellAsync(office, role, $"/cases/{caseId}", $"case-{occasion}:{caseId}", $"{headline}: case {caseNumber}", now, cancellationToken,
            title: $"{headline}: {caseNumber}");

    /// <param name="key">The e-mail's key without the recipient: the outbox queues one message per key.</param>
    private async Task TellAsync(string office, string role, string link, string key, string subject, DateTime now,
        CancellationToken cancellationToken, string? title = null)
    {
        var emails = new List<OutboxMessage>();
        foreach (var person in await users.InOfficeAsync(office, role, cancellationToken))
        {
            notifications.Add([new Notification
            {
                Id = IdGenerator.NewId(), UserName = person.UserName, Kind = NotificationKind.CaseAttention,
                Title = title ?? subject, Link = link, CreatedAt = now,
            }]);
            if (string.IsNullOrWhiteSpace(person.Email)) continue;
            emails.Add(new OutboxMessage
            {
                Id = IdGenerator.NewId(),
                Key = $"{key}:{person.UserName}",
                Recipient = person.Email,
                Subject = subject,
                Body = $"{subject}.\n\nSign in to see it: {options.Value.PublicBaseUrl.TrimEnd('/')}{link}\n",
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }
        await outbox.EnqueueAsync(emails, cancellationToken);
    }
}
