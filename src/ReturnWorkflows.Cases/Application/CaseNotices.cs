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
    /// <summary>Tells the managers of a closure a step proposed just now (at <paramref name="at"/>); nothing when none was.</summary>
    public Task ClosureProposedByStepAsync(Model.ReturnCase returnCase, DateTime at, CancellationToken cancellationToken) =>
        returnCase.PendingClosure?.ProposedAt == at ? ClosureProposedAsync(returnCase, cancellationToken) : Task.CompletedTask;

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
        CancellationToken cancellationToken, string? title = null) =>
        await TellPeopleAsync(await users.InOfficeAsync(office, role, cancellationToken), link, key, subject, now, cancellationToken, title);

    /// <summary>
    /// A plan above the cap waits for approval: the programme's approvers above the cap are told by name (they may sit
    /// outside the host office, at the donor's); with none named, the host office's programme managers.
    /// </summary>
    public async Task PlanAboveCapAsync(Model.ReturnCase returnCase, IReadOnlyList<string> capApprovers, DateTime now, CancellationToken cancellationToken)
    {
        const string headline = "Reintegration plan above the cap, waiting for your approval";
        if (capApprovers.Count == 0)
        {
            await TellAsync(returnCase.HostOffice, Access.Roles.ProgrammeManager, returnCase.Id, returnCase.Number, $"above-cap-{returnCase.Version}", headline, now, cancellationToken);
            return;
        }
        var people = new List<DirectoryUser>();
        foreach (var userName in capApprovers)
            if (await users.FindAsync(userName, cancellationToken) is { } person) people.Add(person);
        await TellPeopleAsync(people, $"/cases/{returnCase.Id}", $"case-above-cap-{returnCase.Version}:{returnCase.Id}", $"{headline}: case {returnCase.Number}",
            now, cancellationToken, title: $"{headline}: {returnCase.Number}");
    }

    private async Task TellPeopleAsync(IEnumerable<DirectoryUser> people, string link, string key, string subject, DateTime now,
        CancellationToken cancellationToken, string? title = null)
    {
        var emails = new List<OutboxMessage>();
        foreach (var person in people)
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
