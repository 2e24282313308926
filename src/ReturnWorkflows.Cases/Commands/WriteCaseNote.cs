using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Notes;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// A note on a case, by the signed-in case worker. It takes no case version (notes are their own aggregate,
/// <see cref="CaseNote"/>); a retried request with the same idempotency key writes it once.
/// </summary>
public sealed record WriteCaseNote(CaseViewer Viewer, string CaseId, string Text, string? IdempotencyKey = null)
    : IRequest<WrittenCaseNote>, IIdempotentCommand;

/// <summary>What writing a note answers; no personal data, as a retried request gets it back.</summary>
public sealed record WrittenCaseNote(string CaseId, string NoteId);

public sealed class WriteCaseNoteValidator : AbstractValidator<WriteCaseNote>
{
    public WriteCaseNoteValidator()
    {
        RuleFor(c => c.Text).NotEmpty().WithMessage("Write the note.")
            .MaximumLength(CaseNote.MaxTextLength).WithMessage($"A note is at most {CaseNote.MaxTextLength} characters.")
            .OverridePropertyName("text");
    }
}

public sealed class WriteCaseNoteHandler(VisibleCases visibleCases, ICaseNoteLog notes, ICaseAuditLog audit, TimeProvider clock)
    : IRequestHandler<WriteCaseNote, WrittenCaseNote>
{
    public async Task<WrittenCaseNote> Handle(WriteCaseNote command, CancellationToken cancellationToken)
    {
        var returnCase = await visibleCases.FindAsync(command.Viewer, command.CaseId, cancellationToken);
        if (!CaseAccess.MayEdit(command.Viewer))
            throw new ForbiddenException("caseId", "Your role may look at this case but not change it.");
        var now = clock.GetUtcNow().UtcDateTime;
        var note = CaseNote.Write(returnCase, command.Text, IdGenerator.NewId(), now, command.Viewer.UserName);
        notes.Add(note);
        audit.Add([CaseAuditTrail.Change(returnCase.Id, note.Change, now, command.Viewer.UserName)]);
        return new WrittenCaseNote(returnCase.Id, note.Id);
    }
}
