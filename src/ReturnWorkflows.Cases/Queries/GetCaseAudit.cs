using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Queries;

/// <summary>A case's audit trail, oldest first, for the supervisors who may see the case and for administrators.</summary>
public sealed record GetCaseAudit(CaseViewer Viewer, string CaseId) : IRequest<IReadOnlyList<AuditEntryView>>;

public sealed record AuditEntryView(DateTime At, string Actor, AuditAction Action, string Section, string? Field, string? OldValue, string? NewValue);

public sealed class GetCaseAuditHandler(VisibleCases visibleCases, ICaseAuditLog audit, TimeProvider clock)
    : IRequestHandler<GetCaseAudit, IReadOnlyList<AuditEntryView>>
{
    public const string AuditSection = "audit";

    public async Task<IReadOnlyList<AuditEntryView>> Handle(GetCaseAudit query, CancellationToken cancellationToken)
    {
        var found = await visibleCases.FindAsync(query.Viewer, query.CaseId, cancellationToken);
        if (!CaseAccess.MayReadAudit(query.Viewer))
            throw new ForbiddenException("caseId", "Only supervisors and administrators read a case's audit trail.");
        var entries = await audit.ForCaseAsync(found.Id, cancellationToken);
        // Reading the trail is itself a read of the case.
        audit.Add([CaseAuditTrail.Read(found.Id, [AuditSection], clock.GetUtcNow().UtcDateTime, query.Viewer.UserName)]);
        return entries.Select(e => new AuditEntryView(e.At, e.Actor, e.Action, e.Section, e.Field, e.OldValue, e.NewValue)).ToList();
    }
}
