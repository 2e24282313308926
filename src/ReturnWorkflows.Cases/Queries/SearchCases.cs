using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Queries;

/// <summary>
/// Lists and searches the cases the viewer may see; the need-to-know filter is part of the database query. Each case
/// listed is audited as a read of its summary.
/// </summary>
public sealed record SearchCases(CaseViewer Viewer, CaseSearch Search) : IRequest<CaseList>;

public sealed record CaseList(IReadOnlyList<CaseSummary> Items, int Page, int PageSize);

public sealed class SearchCasesValidator : AbstractValidator<SearchCases>
{
    public const int MaxPageSize = 100;

    public SearchCasesValidator()
    {
        RuleFor(q => q.Search.Page).GreaterThanOrEqualTo(0).OverridePropertyName("page");
        RuleFor(q => q.Search.PageSize).InclusiveBetween(1, MaxPageSize).OverridePropertyName("pageSize");
        RuleFor(q => q.Search.Text).MaximumLength(200).OverridePropertyName("text");
        RuleFor(q => q.Search.Status).IsInEnum().OverridePropertyName("status");
        RuleFor(q => q.Search.Vulnerability).IsInEnum().OverridePropertyName("vulnerability");
        RuleFor(q => q.Search.Flag).IsInEnum().OverridePropertyName("flag");
    }
}

public sealed class SearchCasesHandler(VisibleCases visibleCases, ICaseRepository cases, ICaseAuditLog audit, TimeProvider clock)
    : IRequestHandler<SearchCases, CaseList>
{
    /// <summary>The one section a list shows.</summary>
    public const string SummarySection = "summary";

    public async Task<CaseList> Handle(SearchCases query, CancellationToken cancellationToken)
    {
        // Which cases have a trafficking or medical finding is itself what the sensitive sections hide.
        if (query.Search.Vulnerability is { } kind && kind.IsSensitive() && !CaseAccess.MaySeeSensitive(query.Viewer))
            throw new Engine.Application.ForbiddenException("vulnerability", "Your role may not see this kind of vulnerability, so it may not search by it either.");
        var visibility = await visibleCases.VisibilityForAsync(query.Viewer, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = visibility.SeesNothing ? [] : await cases.SearchAsync(query.Search, visibility, now, cancellationToken);
        audit.Add(items.Select(c => CaseAuditTrail.Read(c.Id, [SummarySection], now, query.Viewer.UserName)));
        return new CaseList(items, query.Search.Page, query.Search.PageSize);
    }
}
