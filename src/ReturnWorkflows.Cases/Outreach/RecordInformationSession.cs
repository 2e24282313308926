using System.Text.RegularExpressions;
using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Cases.Outreach;

/// <summary>
/// Records an information session held by the recorder's office. Refused (naming the field), nothing is written: a date
/// after the office's today, a negative count, more asking for counselling than came, an unknown place kind or a
/// language that is not an ISO 639 code. A retry with the same idempotency key records it once.
/// </summary>
public sealed record RecordInformationSession(CaseViewer Viewer, SessionReport Report, string? IdempotencyKey = null)
    : IRequest<RecordedInformationSession>, IIdempotentCommand;

public sealed record RecordedInformationSession(string Id, string Office);

public sealed partial class RecordInformationSessionValidator : AbstractValidator<RecordInformationSession>
{
    /// <summary>The largest count one session is taken to have: more is a typing slip, not a session.</summary>
    public const int MaxCount = 10_000;

    public RecordInformationSessionValidator()
    {
        RuleFor(c => c.Report).NotNull();
        When(c => c.Report is not null, () =>
        {
            RuleFor(c => c.Report.Date).Must(d => d != default).WithMessage("Give the date of the session.").OverridePropertyName("date");
            RuleFor(c => c.Report.PlaceKind).IsInEnum().WithMessage("Choose where the session was held: a reception centre, the office or another place.")
                .OverridePropertyName("placeKind");
            RuleFor(c => c.Report.PlaceName).NotEmpty().WithMessage("Name the place (the reception centre, for example).")
                .MaximumLength(InformationSession.MaxPlaceNameLength).OverridePropertyName("placeName");
            RuleFor(c => c.Report.Language).Must(l => l is not null && LanguageCode().IsMatch(l.Trim()))
                .WithMessage("Give the language as its ISO 639 code (ur, ps, fa, ar...).").OverridePropertyName("language");
            RuleFor(c => c.Report.RanBy).NotEmpty().WithMessage("Say who ran the session.").MaximumLength(InformationSession.MaxRanByLength)
                .OverridePropertyName("ranBy");
            RuleFor(c => c.Report.Attendance).NotNull().OverridePropertyName("attendance");
            When(c => c.Report.Attendance is not null, () =>
            {
                Count(c => c.Report.Attendance.Girls, "attendance.girls");
                Count(c => c.Report.Attendance.Boys, "attendance.boys");
                Count(c => c.Report.Attendance.Women, "attendance.women");
                Count(c => c.Report.Attendance.Men, "attendance.men");
                Count(c => c.Report.Attendance.OlderWomen, "attendance.olderWomen");
                Count(c => c.Report.Attendance.OlderMen, "attendance.olderMen");
                RuleFor(c => c.Report.Attendance.Total).GreaterThan(0).WithMessage("Count at least one person who came.").OverridePropertyName("attendance");
                RuleFor(c => c.Report.RequestedCounselling).InclusiveBetween(0, MaxCount).WithMessage("Give a count of 0 or more.")
                    .Must((c, requested) => requested <= c.Report.Attendance.Total)
                    .WithMessage("More asked for counselling than came to the session.").OverridePropertyName("requestedCounselling");
            });
        });
    }

    private void Count(System.Linq.Expressions.Expression<Func<RecordInformationSession, int>> count, string field) =>
        RuleFor(count).InclusiveBetween(0, MaxCount).WithMessage($"Give a count from 0 to {MaxCount}.").OverridePropertyName(field);

    [GeneratedRegex("^[A-Za-z]{2,3}$")]
    private static partial Regex LanguageCode();
}

public sealed class RecordInformationSessionHandler(IInformationSessionStore sessions, IReferenceDataStore referenceData, TimeProvider clock)
    : IRequestHandler<RecordInformationSession, RecordedInformationSession>
{
    public async Task<RecordedInformationSession> Handle(RecordInformationSession command, CancellationToken cancellationToken)
    {
        if (!OutreachAccess.MayRecord(command.Viewer))
            throw new ForbiddenException("office", "Information sessions are recorded by the counsellors and supervisors of the office that held them.");
        var office = await referenceData.FindOfficeAsync(command.Viewer.Office!, cancellationToken)
                     ?? throw new CommandRejectedException("office", $"Your office '{command.Viewer.Office}' is not in the reference data.");
        var now = clock.GetUtcNow().UtcDateTime;
        // "Today" on the office's clock: a session held this evening in Sarajevo is not in the future.
        if (command.Report.Date > OfficeClock.Today(office, now))
            throw new CommandRejectedException("date", "The session's date lies in the future: record a session once it was held.");
        var session = InformationSession.Record(IdGenerator.NewId(), office.Code, command.Report, now, command.Viewer.UserName);
        sessions.Add(session);
        return new RecordedInformationSession(session.Id, session.Office);
    }
}
