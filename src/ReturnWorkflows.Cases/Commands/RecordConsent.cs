using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>The consents section: a consent given or withdrawn, added to the person's history.</summary>
public sealed record RecordConsent(CaseViewer Viewer, string CaseId, string PersonId, int Version, ConsentStatement Consent) : IRequest<CaseSaved>;

public sealed class RecordConsentValidator : AbstractValidator<RecordConsent>
{
    public RecordConsentValidator() => RuleFor(c => c.Consent).NotNull().SetValidator(new ConsentStatementValidator());
}

/// <remarks>
/// A withdrawn consent to data processing stops processing for that person (the aggregate refuses anything more
/// about them), flags them for the retention rules, and tells the office's supervisors, who decide what follows.
/// </remarks>
public sealed class RecordConsentHandler(CaseEditing editing, CaseNotices notices) : IRequestHandler<RecordConsent, CaseSaved>
{
    public async Task<CaseSaved> Handle(RecordConsent command, CancellationToken cancellationToken)
    {
        ReturnCase? changed = null;
        Consent? recorded = null;
        var saved = await editing.EditAsync(command.Viewer, command.CaseId, command.Version, (c, now) =>
        {
            recorded = c.RecordConsent(command.PersonId, command.Consent, now, command.Viewer.UserName);
            changed = c;
        }, cancellationToken);
        if (recorded is { Kind: ConsentKind.DataProcessing, Decision: ConsentDecision.Withdrawn })
            await notices.TellAsync(changed!.HostOffice, Roles.Supervisor, changed.Id, changed.Number, $"consent-withdrawn-{recorded.Id}",
                "Consent to data processing withdrawn", recorded.RecordedAt, cancellationToken);
        return saved;
    }
}
