using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Outreach;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Reports;

/// <summary>
/// The funnel the programme's reports start with, for a period (dates inclusive) and optionally one office and one
/// programme: people reached at information sessions, how many of them asked for individual counselling, cases opened,
/// then persons who reached each milestone in the period. Each stage counts what happened in the period (not a cohort
/// followed through). Stages come from the sessions' head-counts and the persons' milestone dates, never from where a
/// workflow stands; practice cases are left out. Administrators see every office; supervisors their office; programme
/// managers the cases of their programmes and the sessions of those programmes' offices.
/// </summary>
public sealed record GetFunnel(CaseViewer Viewer, DateOnly From, DateOnly To, string? Office = null, string? ProgrammeId = null) : IRequest<FunnelReport>;

public sealed record FunnelReport(DateOnly From, DateOnly To, string? Office, string? ProgrammeId, IReadOnlyList<FunnelStage> Stages);

/// <param name="Stage">Its key: <c>reached</c>, <c>askedForCounselling</c>, <c>casesOpened</c>, then the milestones (<c>counselled</c> ... <c>planApproved</c>).</param>
/// <param name="Unit">What is counted: <c>people</c> at sessions (not registered, not named), <c>cases</c>, or <c>persons</c> of cases.</param>
public sealed record FunnelStage(string Stage, string Unit, int Count);

public sealed class GetFunnelValidator : AbstractValidator<GetFunnel>
{
    public GetFunnelValidator()
    {
        RuleFor(q => q.From).NotEmpty().WithMessage("Give the first day of the period.");
        RuleFor(q => q.To).NotEmpty().WithMessage("Give the last day of the period.")
            .GreaterThanOrEqualTo(q => q.From).WithMessage("The period ends before it starts.");
        RuleFor(q => q.Office).MaximumLength(20);
        RuleFor(q => q.ProgrammeId).MaximumLength(100);
    }
}

public sealed class GetFunnelHandler(VisibleCases visibleCases, IReferenceDataStore referenceData, IInformationSessionStore sessions, IFunnelQueries funnel)
    : IRequestHandler<GetFunnel, FunnelReport>
{
    /// <summary>The milestones in the funnel's order, after the cases opened.</summary>
    public static readonly Milestone[] MilestoneStages =
        [Milestone.Counselled, Milestone.DecidedToReturn, Milestone.Eligible, Milestone.Departed, Milestone.Arrived, Milestone.PlanApproved];

    public static bool MayRead(CaseViewer viewer) =>
        viewer.Holds(Roles.Administrator) || viewer.Holds(Roles.ProgrammeManager) || viewer.Holds(Roles.Supervisor);

    public async Task<FunnelReport> Handle(GetFunnel query, CancellationToken cancellationToken)
    {
        if (!MayRead(query.Viewer))
            throw new ForbiddenException("viewer", "The funnel is for programme managers, supervisors and administrators.");
        var office = string.IsNullOrWhiteSpace(query.Office) ? null : query.Office.Trim();
        var programmeId = string.IsNullOrWhiteSpace(query.ProgrammeId) ? null : query.ProgrammeId.Trim();

        // The same need to know as the case lists, without the cases someone merely held a task on: a report counts an
        // office's or a programme's work, not a person's.
        var visibility = await visibleCases.VisibilityForAsync(query.Viewer, cancellationToken);
        var offices = visibility.Offices;
        var programmes = visibility.Programmes;
        var cases = offices.Count == 0 && programmes.Count == 0 && !visibility.Everything
            ? new FunnelCaseCounts(0, new Dictionary<Milestone, int>())
            : await funnel.CountAsync(new FunnelScope(visibility.Everything, offices, programmes, office, programmeId), query.From, query.To, cancellationToken);

        var sessionOffices = await SessionOfficesAsync(visibility, office, programmeId, cancellationToken);
        var held = sessionOffices is { Count: 0 } ? [] : await sessions.ListAsync(sessionOffices, query.From, query.To, cancellationToken);

        List<FunnelStage> stages =
        [
            new("reached", "people", held.Sum(s => s.Attendance.Total)),
            new("askedForCounselling", "people", held.Sum(s => s.RequestedCounselling)),
            new("casesOpened", "cases", cases.CasesOpened),
            .. MilestoneStages.Select(m => new FunnelStage(Milestones.FieldName(m), "persons", cases.PersonsReached.GetValueOrDefault(m))),
        ];
        return new FunnelReport(query.From, query.To, office, programmeId, stages);
    }

    /// <summary>
    /// The offices whose sessions count (null: all). Sessions belong to an office, not a programme: a programme counts
    /// the sessions of its offices.
    /// </summary>
    private async Task<IReadOnlyCollection<string>?> SessionOfficesAsync(CaseVisibility visibility, string? office, string? programmeId,
        CancellationToken cancellationToken)
    {
        HashSet<string>? seen = null;
        if (!visibility.Everything)
        {
            seen = [.. visibility.Offices];
            if (visibility.Programmes.Count > 0)
                foreach (var programme in (await referenceData.ProgrammesAsync(cancellationToken)).Where(p => visibility.Programmes.Contains(p.Id)))
                    seen.UnionWith(programme.Offices);
        }
        if (programmeId is not null)
        {
            var offices = (await referenceData.FindProgrammeAsync(programmeId, cancellationToken))?.Offices ?? [];
            seen = seen is null ? [.. offices] : [.. seen.Intersect(offices)];
        }
        if (office is not null) seen = seen is null || seen.Contains(office) ? [office] : [];
        return seen;
    }
}
