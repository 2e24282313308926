using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Views;

/// <summary>Builds a viewer's answer from the aggregate, leaving out the sections they may not see.</summary>
public static class CaseViews
{
    public static CaseView For(ReturnCase c, bool maySeeSensitive)
    {
        var sections = new List<string> { CaseSections.Case, CaseSections.People, CaseSections.Consents, CaseSections.Vulnerabilities, CaseSections.Counselling, CaseSections.Eligibility, CaseSections.TravelDocuments };
        if (maySeeSensitive) sections.Add(CaseSections.Protection);
        var persons = c.Persons.OrderBy(p => p.Position).Select(p => new PersonView(
            p.Id, p.IsPrincipal, p.Details,
            p.Consents.OrderBy(x => x.RecordedAt).Select(x => new ConsentView(x.Id, x.Kind, x.Decision, x.Method, x.Language, x.Interpreter,
                x.Guardian, x.RecordedAt, x.RecordedBy)).ToList(),
            p.Vulnerabilities.Where(v => maySeeSensitive || !v.IsSensitive).OrderBy(v => v.RecordedAt)
                .Select(v => new VulnerabilityView(v.Id, v.Kind, v.Findings, v.RecordedAt, v.RecordedBy)).ToList(),
            p.WithdrawalReason is { } reason ? new WithdrawalView(reason, p.WithdrawalNote, p.WithdrawnAt!.Value, p.WithdrawnBy!) : null,
            p.RetentionFlaggedAt, p.TravelDocumentObtainedAt)).ToList();
        return new CaseView(c.Id, c.Number, c.HostOffice, c.CountryOfReturn, c.ProgrammeId, c.Status, c.ClosureReason, c.CreatedAt,
            c.CreatedBy, c.UpdatedAt, c.UpdatedBy, c.Version, persons, sections, CounsellingView.Of(c),
            c.Assessments.Where(a => maySeeSensitive || !a.IsSensitive).OrderBy(a => a.Sequence)
                .Select(a => new AssessmentView(a.Id, a.PersonId, a.Kind, a.Outcome, a.Reference, a.Details, a.RecordedAt, a.RecordedBy)).ToList(),
            Closure: new ClosureView(c.PendingClosure, c.ClosedAt, c.ClosedBy), TravelDocuments: TravelDocumentsView.Of(c));
    }
}
