using System.Text.Json.Nodes;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Queries;

/// <summary>
/// What a case task's form opens with: the answers read from the case and the persons its rows are for. Only for a
/// viewer who may see the case; the read of the persons is audited like any other read of the case.
/// </summary>
public sealed record GetCaseFormPrefill(CaseViewer Viewer, string CaseId, string FormKey) : IRequest<CaseFormPrefill?>;

/// <param name="Values">The form's answers, as the task's completion takes them.</param>
/// <param name="Persons">Who the rows are for, by id, in the case's order.</param>
public sealed record CaseFormPrefill(JsonObject Values, IReadOnlyList<CaseFormPerson> Persons);

public sealed record CaseFormPerson(string Id, string Name, Relationship Relationship, bool IsPrincipal, int? Age);

public sealed class GetCaseFormPrefillHandler(IEnumerable<ICaseFormPrefill> prefills, VisibleCases visibleCases, ICaseAuditLog audit, TimeProvider clock)
    : IRequestHandler<GetCaseFormPrefill, CaseFormPrefill?>
{
    public async Task<CaseFormPrefill?> Handle(GetCaseFormPrefill query, CancellationToken cancellationToken)
    {
        if (prefills.FirstOrDefault(p => p.FormKey == query.FormKey) is not { } prefill)
            return null;
        var (found, _) = await visibleCases.FindForReadingAsync(query.Viewer, query.CaseId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        if (prefill.Prefill(found, today) is not { } values)
            return null;
        audit.Add([CaseAuditTrail.Read(found.Id, CaseSections.People, "form:" + query.FormKey, now, query.Viewer.UserName)]);
        var persons = PersonRows.AskedOf(found)
            .Select(p => new CaseFormPerson(p.Id, $"{p.GivenNames} {p.FamilyName}", p.Relationship, p.IsPrincipal, p.Details.AgeOn(today)))
            .ToList();
        return new CaseFormPrefill(values, persons);
    }
}
