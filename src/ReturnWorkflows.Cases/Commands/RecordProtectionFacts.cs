using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;

namespace ReturnWorkflows.Cases.Commands;

// The protection section's facts recorded outside a task (the case page, the API): the same aggregate methods the
// activities call, so a redesigned workflow without those steps still gets its gates released by them.

/// <summary>A protection screen recorded on the case.</summary>
public sealed record RecordProtectionScreen(CaseViewer Viewer, string CaseId, int Version, ProtectionIndicators Indicators, string? Notes) : IRequest<CaseSaved>;

public sealed class RecordProtectionScreenValidator : AbstractValidator<RecordProtectionScreen>
{
    public RecordProtectionScreenValidator()
    {
        RuleFor(c => c.Indicators).NotNull().WithMessage("Say which indicators were found (none is an answer).");
        RuleFor(c => c.Notes).MaximumLength(4000);
    }
}

public sealed class RecordProtectionScreenHandler(CaseEditing editing) : IRequestHandler<RecordProtectionScreen, CaseSaved>
{
    public Task<CaseSaved> Handle(RecordProtectionScreen command, CancellationToken cancellationToken) =>
        editing.EditAsync(command.Viewer, command.CaseId, command.Version,
            (c, now) => c.RecordProtectionScreen(command.Indicators, command.Notes, now, command.Viewer.UserName), cancellationToken);
}

/// <summary>A best-interests determination for a child, made by the guardian or social-welfare authority.</summary>
public sealed record RecordBestInterestsDetermination(CaseViewer Viewer, string CaseId, string PersonId, int Version, string Authority, DateOnly? DeterminedOn)
    : IRequest<CaseSaved>;

public sealed class RecordBestInterestsDeterminationValidator : AbstractValidator<RecordBestInterestsDetermination>
{
    public RecordBestInterestsDeterminationValidator()
    {
        RuleFor(c => c.Authority).NotEmpty().WithMessage("Name the guardian or social-welfare authority that made the determination.").MaximumLength(200);
        RuleFor(c => c.DeterminedOn).NotNull().WithMessage("Give the date of the determination.");
    }
}

public sealed class RecordBestInterestsDeterminationHandler(CaseEditing editing) : IRequestHandler<RecordBestInterestsDetermination, CaseSaved>
{
    public Task<CaseSaved> Handle(RecordBestInterestsDetermination command, CancellationToken cancellationToken) =>
        editing.EditAsync(command.Viewer, command.CaseId, command.Version,
            (c, now) => c.RecordBestInterestsDetermination(command.PersonId, command.Authority, command.DeterminedOn!.Value, now, command.Viewer.UserName),
            cancellationToken);
}

/// <summary>Clearance of this case for a country whose returns are decided case by case; a supervisor's.</summary>
public sealed record RecordCountryClearance(CaseViewer Viewer, string CaseId, int Version, string? Note) : IRequest<CaseSaved>;

public sealed class RecordCountryClearanceValidator : AbstractValidator<RecordCountryClearance>
{
    public RecordCountryClearanceValidator() => RuleFor(c => c.Note).MaximumLength(2000);
}

public sealed class RecordCountryClearanceHandler(CaseEditing editing) : IRequestHandler<RecordCountryClearance, CaseSaved>
{
    // The role is checked once the case is found: someone who may not see it gets 404, as for every case endpoint.
    public Task<CaseSaved> Handle(RecordCountryClearance command, CancellationToken cancellationToken) =>
        editing.EditAsync(command.Viewer, command.CaseId, command.Version, (c, now) =>
        {
            EligibilityRoles.RequireDecider(command.Viewer, "clear a case for its country");
            c.RecordCountryClearance(command.Note, now, command.Viewer.UserName);
        }, cancellationToken);
}
