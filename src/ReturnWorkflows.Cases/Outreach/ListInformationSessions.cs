using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;

namespace ReturnWorkflows.Cases.Outreach;

/// <summary>
/// The information sessions the viewer may see, held in the period (either end open), newest first: their own
/// office's for counsellors and supervisors, every office's (or the one asked for) for managers and administrators.
/// </summary>
public sealed record ListInformationSessions(CaseViewer Viewer, string? Office = null, DateOnly? From = null, DateOnly? To = null)
    : IRequest<IReadOnlyList<InformationSessionView>>;

public sealed record InformationSessionView(
    string Id, string Office, DateOnly Date, SessionPlaceKind PlaceKind, string PlaceName, string Language, string RanBy,
    HeadCounts Attendance, int Total, int RequestedCounselling, DateTime RecordedAt, string RecordedBy);

public sealed class ListInformationSessionsValidator : AbstractValidator<ListInformationSessions>
{
    public ListInformationSessionsValidator() =>
        RuleFor(q => q.To).Must((q, to) => q.From is null || to is null || to >= q.From).WithMessage("The period ends before it starts.");
}

public sealed class ListInformationSessionsHandler(IInformationSessionStore sessions) : IRequestHandler<ListInformationSessions, IReadOnlyList<InformationSessionView>>
{
    public async Task<IReadOnlyList<InformationSessionView>> Handle(ListInformationSessions query, CancellationToken cancellationToken)
    {
        var offices = OutreachAccess.OfficesFor(query.Viewer);
        if (query.Office is { Length: > 0 } asked)
            offices = offices is null || offices.Contains(asked) ? [asked] : [];
        if (offices is { Count: 0 }) return [];
        var found = await sessions.ListAsync(offices, query.From, query.To, cancellationToken);
        return found.Select(s => new InformationSessionView(s.Id, s.Office, s.Date, s.PlaceKind, s.PlaceName, s.Language, s.RanBy,
            s.Attendance, s.Attendance.Total, s.RequestedCounselling, s.RecordedAt, s.RecordedBy)).ToList();
    }
}
