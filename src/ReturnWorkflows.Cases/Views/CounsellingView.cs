using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Views;

/// <summary>The counselling section: the intake reviews and counselling sessions, oldest first, and the latest decision.</summary>
public sealed record CounsellingView(
    IReadOnlyList<IntakeReviewView> IntakeReviews, IReadOnlyList<CounsellingSessionView> Sessions, ReturnDecision? LatestDecision)
{
    public static CounsellingView Of(ReturnCase c) => new(
        c.IntakeReviews.OrderBy(r => r.ReviewedAt).Select(r => new IntakeReviewView(r.Id, r.Result, r.Note, r.ReviewedAt, r.ReviewedBy)).ToList(),
        c.CounsellingSessions.OrderBy(s => s.RecordedAt).Select(s => new CounsellingSessionView(
            s.Id, s.HeldOn, s.Language, s.Interpreter, s.CountrySheetVersion, s.ReturnProcessExplained, s.AlternativesExplained,
            s.RightToWithdrawExplained, s.ReintegrationSupportExplained, s.Decision, s.Notes, s.RecordedAt, s.RecordedBy)).ToList(),
        c.LatestDecision);
}

public sealed record IntakeReviewView(string Id, IntakeReviewResult Result, string? Note, DateTime ReviewedAt, string ReviewedBy);

public sealed record CounsellingSessionView(
    string Id, DateOnly HeldOn, string Language, string? Interpreter, string CountrySheetVersion,
    bool ReturnProcessExplained, bool AlternativesExplained, bool RightToWithdrawExplained, bool ReintegrationSupportExplained,
    ReturnDecision Decision, string? Notes, DateTime RecordedAt, string RecordedBy);
