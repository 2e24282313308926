using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Contacts;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Queries;

/// <summary>
/// A case's contact log, newest first, for whoever may see the case (a case they may not see is a 404). Audited as a
/// read of the contacts section, like every read of a case.
/// </summary>
public sealed record GetCaseContacts(CaseViewer Viewer, string CaseId) : IRequest<IReadOnlyList<ContactView>>;

public sealed record ContactView(string Id, string PersonId, DateTime ContactedAt, ContactChannel Channel, bool Reached, string? Note, string By,
    DateTime RecordedAt);

public sealed class GetCaseContactsHandler(VisibleCases visibleCases, ICaseContactLog contacts, ICaseAuditLog audit, TimeProvider clock)
    : IRequestHandler<GetCaseContacts, IReadOnlyList<ContactView>>
{
    public async Task<IReadOnlyList<ContactView>> Handle(GetCaseContacts query, CancellationToken cancellationToken)
    {
        var found = await visibleCases.FindAsync(query.Viewer, query.CaseId, cancellationToken);
        var log = await contacts.ForCaseAsync(found.Id, cancellationToken);
        audit.Add([CaseAuditTrail.Read(found.Id, [CaseSections.Contacts], clock.GetUtcNow().UtcDateTime, query.Viewer.UserName)]);
        return log.Select(c => new ContactView(c.Id, c.PersonId, c.ContactedAt, c.Channel, c.Reached, c.Note, c.By, c.RecordedAt)).ToList();
    }
}
