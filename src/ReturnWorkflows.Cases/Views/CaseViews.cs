using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Views;

/// <summary>Builds a viewer's answer from the aggregate, leaving out the sections they may not see.</summary>
public static class CaseViews
{
    /// <param name="asOriginOffice">
    /// The viewer sees the case as its origin office: only the persons who consented to the transfer of their data, and
    /// none of the host office's own sections (counselling, protection and eligibility, contacts, documents, notes).
    /// </param>
    public static CaseView For(ReturnCase c, bool maySeeSensitive, bool asOriginOffice = false)
    {
        if (asOriginOffice) return ForOriginOffice(c);
        var sections = new List<string> { CaseSections.Case, CaseSections.People, CaseSections.Consents, CaseSections.Vulnerabilities, CaseSections.Counselling, CaseSections.Eligibility, CaseSections.TravelDocuments, CaseSections.Handover, CaseSections.Reintegration };
        if (maySeeSensitive) sections.Add(CaseSections.Protection);
        var persons = c.Persons.OrderBy(p => p.Position).Select(p => PersonOf(p, maySeeSensitive)).ToList();
        return new CaseView(c.Id, c.Number, c.HostOffice, c.CountryOfReturn, c.ProgrammeId, c.Status, c.ClosureReason, c.CreatedAt,
            c.CreatedBy, c.UpdatedAt, c.UpdatedBy, c.Version, persons, sections, CounsellingView.Of(c),
            c.Assessments.Where(a => maySeeSensitive || !a.IsSensitive).OrderBy(a => a.Sequence)
                .Select(a => new AssessmentView(a.Id, a.PersonId, a.Kind, a.Outcome, a.Reference, a.Details, a.RecordedAt, a.RecordedBy)).ToList(),
            Closure: new ClosureView(c.PendingClosure, c.ClosedAt, c.ClosedBy), CountryStatusFlag: c.CountryStatusFlag,
            TravelDocuments: TravelDocumentsView.Of(c), Handover: HandoverSectionView.Of(c), Reintegration: ReintegrationView.Of(c),
            LegalStatus: LegalStatusView.Of(c), IsTest: c.IsTest, Stage: c.Stage);
    }

    private static CaseView ForOriginOffice(ReturnCase c)
    {
        var persons = c.Persons.Where(p => p.HasConsented(ConsentKind.TransferToOriginOfficeAndPartners)).OrderBy(p => p.Position)
            .Select(p => PersonOf(p, maySeeSensitive: false)).ToList();
        return new CaseView(c.Id, c.Number, c.HostOffice, c.CountryOfReturn, c.ProgrammeId, c.Status, c.ClosureReason, c.CreatedAt,
            c.CreatedBy, c.UpdatedAt, c.UpdatedBy, c.Version, persons,
            [CaseSections.Case, CaseSections.People, CaseSections.Consents, CaseSections.Vulnerabilities, CaseSections.Handover, CaseSections.Reintegration],
            AsOriginOffice: true, Handover: HandoverSectionView.Of(c), Reintegration: ReintegrationView.Of(c), IsTest: c.IsTest, Stage: c.Stage);
    }

    private static PersonView PersonOf(Person p, bool maySeeSensitive) => new(
        p.Id, p.IsPrincipal, p.Details,
        p.Consents.OrderBy(x => x.RecordedAt).Select(x => new ConsentView(x.Id, x.Kind, x.Decision, x.Method, x.Language, x.Interpreter,
            x.Guardian, x.RecordedAt, x.RecordedBy)).ToList(),
        p.Vulnerabilities.Where(v => maySeeSensitive || !v.IsSensitive).OrderBy(v => v.RecordedAt)
            .Select(v => new VulnerabilityView(v.Id, v.Kind, v.Findings, v.RecordedAt, v.RecordedBy)).ToList(),
        p.WithdrawalReason is { } reason ? new WithdrawalView(reason, p.WithdrawalNote, p.WithdrawnAt!.Value, p.WithdrawnBy!) : null,
        p.RetentionFlaggedAt, p.TravelDocumentObtainedAt);
}
