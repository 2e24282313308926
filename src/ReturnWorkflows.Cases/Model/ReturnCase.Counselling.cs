namespace ReturnWorkflows.Cases.Model;

// The counselling phase's facts: the intake review and the counselling sessions, recorded by their case activities.
public sealed partial class ReturnCase
{
    private readonly List<IntakeReviewRecord> _intakeReviews = [];
    private readonly List<CounsellingSessionRecord> _counsellingSessions = [];

    /// <summary>Every review of the intake, oldest first: one that asked for corrections stays beside the one that passed it.</summary>
    public IReadOnlyList<IntakeReviewRecord> IntakeReviews => _intakeReviews;

    public IReadOnlyList<CounsellingSessionRecord> CounsellingSessions => _counsellingSessions;

    /// <summary>The latest counselling decision, or null before any session.</summary>
    public ReturnDecision? LatestDecision => _counsellingSessions.OrderBy(s => s.RecordedAt).LastOrDefault()?.Decision;

    public IntakeReviewRecord RecordIntakeReview(IntakeReviewResult result, string? note, DateTime at, string by)
    {
        RequireOpen();
        // A review sent back without saying what to correct leaves the counsellor guessing.
        if (result == IntakeReviewResult.NeedsCorrection && string.IsNullOrWhiteSpace(note))
            throw new CaseRuleException("form.note", "Say what needs correcting in the intake.");
        var review = new IntakeReviewRecord(NewRecordId(), Id, result, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), at, by);
        _intakeReviews.Add(review);
        _changes.Add(new CaseChange(CaseSections.Counselling, $"intakeReviews[{review.Id}]", null, result.ToString()));
        if (review.Note is not null)
            _changes.Add(new CaseChange(CaseSections.Counselling, $"intakeReviews[{review.Id}].note", null, null, Sensitive: true));
        Touch(at, by);
        return review;
    }

    public CounsellingSessionRecord RecordCounsellingSession(CounsellingSessionFacts facts, DateTime at, string by)
    {
        RequireOpen();
        if (facts.HeldOn > DateOnly.FromDateTime(at).AddDays(1)) // a day's grace: the office may be ahead of UTC
            throw new CaseRuleException("form.sessionDate", "The session date is in the future.");
        var session = new CounsellingSessionRecord(NewRecordId(), Id, facts, at, by);
        _counsellingSessions.Add(session);
        _changes.Add(new CaseChange(CaseSections.Counselling, $"counsellingSessions[{session.Id}]", null,
            $"{facts.Decision} (language {facts.Language}, interpreter {(facts.Interpreter is null ? "none" : "used")}, country sheet {facts.CountrySheetVersion})"));
        if (facts.Notes is not null)
            _changes.Add(new CaseChange(CaseSections.Counselling, $"counsellingSessions[{session.Id}].notes", null, null, Sensitive: true));
        // The household is counselled together: everyone still taking part was counselled, and decided with it.
        ReachMilestone(Milestone.Counselled, Participants, facts.HeldOn, CaseSections.Counselling);
        if (facts.Decision == ReturnDecision.DecidedToReturn) ReachMilestone(Milestone.DecidedToReturn, Participants, facts.HeldOn, CaseSections.Counselling);
        Touch(at, by);
        return session;
    }

    private static string NewRecordId() => Engine.Definitions.IdGenerator.NewId();
}
