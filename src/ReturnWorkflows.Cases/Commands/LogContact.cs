using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Contacts;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// The contact log: a visit, call or message to one person of the case, made by the signed-in case worker. It takes
/// no case version: the log is its own aggregate (<see cref="CaseContact"/>), so a call logged while a colleague edits
/// the case clashes with nothing. A retried request with the same idempotency key logs it once.
/// </summary>
public sealed record LogContact(CaseViewer Viewer, string CaseId, string PersonId, ContactAttempt Contact, string? IdempotencyKey = null)
    : IRequest<LoggedContact>, IIdempotentCommand;

/// <summary>What logging a contact answers; no personal data, as a retried request gets it back.</summary>
public sealed record LoggedContact(string CaseId, string ContactId);

public sealed class LogContactValidator : AbstractValidator<LogContact>
{
    /// <summary>Clocks of phones and laptops run a little ahead; a contact "a minute from now" was made now.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public LogContactValidator(TimeProvider clock)
    {
        RuleFor(c => c.PersonId).NotEmpty().WithMessage("Name the person contacted.");
        RuleFor(c => c.Contact).NotNull();
        RuleFor(c => c.Contact.ContactedAt).Must(at => at != default).WithMessage("Give the date and time of the contact.")
            .Must(at => at <= clock.GetUtcNow().UtcDateTime + ClockSkew).WithMessage("The contact lies in the future.")
            .When(c => c.Contact is not null).OverridePropertyName("contactedAt");
        RuleFor(c => c.Contact.Channel).IsInEnum().When(c => c.Contact is not null).OverridePropertyName("channel");
        RuleFor(c => c.Contact.Note).MaximumLength(CaseContact.MaxNoteLength).When(c => c.Contact is not null).OverridePropertyName("note");
    }
}

public sealed class LogContactHandler(VisibleCases visibleCases, ICaseContactLog contacts, ICaseAuditLog audit, TimeProvider clock)
    : IRequestHandler<LogContact, LoggedContact>
{
    public async Task<LoggedContact> Handle(LogContact command, CancellationToken cancellationToken)
    {
        var returnCase = await visibleCases.FindAsync(command.Viewer, command.CaseId, cancellationToken);
        if (!CaseAccess.MayEdit(command.Viewer))
            throw new ForbiddenException("caseId", "Your role may look at this case but not change it.");
        var now = clock.GetUtcNow().UtcDateTime;
        // Within the skew the validator allows, "now" is what the contact's time meant.
        var attempt = command.Contact.ContactedAt > now ? command.Contact with { ContactedAt = now } : command.Contact;
        var contact = CaseContact.Log(returnCase, command.PersonId, attempt, IdGenerator.NewId(), now, command.Viewer.UserName);
        contacts.Add(contact);
        audit.Add([CaseAuditTrail.Change(returnCase.Id, contact.Change, now, command.Viewer.UserName)]);
        return new LoggedContact(returnCase.Id, contact.Id);
    }
}
