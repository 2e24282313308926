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

public sealed class RecordConsentHandler(CaseEditing editing) : IRequestHandler<RecordConsent, CaseSaved>
{
    public Task<CaseSaved> Handle(RecordConsent command, CancellationToken cancellationToken) =>
        editing.EditAsync(command.Viewer, command.CaseId, command.Version,
            (c, now) => c.RecordConsent(command.PersonId, command.Consent, now, command.Viewer.UserName), cancellationToken);
}
