using ReturnWorkflows.Cases.Contacts;
using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Demo;

/// <summary>
/// One fictional case of the demo set, as a counsellor would take it in: who comes to the office, what the rapid
/// screen finds and which further consents they give. The seeding at start sends it through the same commands as a
/// real intake, so a demo case can never hold what the rules would refuse.
/// </summary>
/// <param name="DaysAgo">How long ago the case was opened; the set is spread over the weeks before the first start.</param>
/// <param name="Persons">The principal applicant first, then the family in the order they registered.</param>
/// <param name="JoinedLater">Members who came to the office after the intake (sent as <c>AddMember</c>).</param>
/// <param name="Stage">How far through the lifecycle the case has come (its tasks worked by the office's demo staff).</param>
public sealed record DemoCase(
    string Office,
    string CountryOfReturn,
    int DaysAgo,
    IReadOnlyList<NewPerson> Persons,
    IReadOnlyList<NewPerson> JoinedLater,
    IReadOnlyList<DemoFinding> Findings,
    IReadOnlyList<DemoConsent> Consents,
    IReadOnlyList<DemoContact> Contacts,
    IReadOnlyList<DemoDocument> Documents,
    DemoStage Stage);

/// <summary>
/// A vulnerability of the person at <paramref name="Person"/> (an index into the case's persons, joined-later
/// members after the others). <paramref name="ByProtectionOfficer"/>: recorded by the office's protection officer
/// rather than the counsellor (a trafficking indication is).
/// </summary>
public sealed record DemoFinding(int Person, VulnerabilityKind Kind, string Findings, bool ByProtectionOfficer = false);

/// <summary>A further consent (beyond data processing) given by the person at <paramref name="Person"/>.</summary>
public sealed record DemoConsent(int Person, ConsentKind Kind);

/// <summary>A contact with the person at <paramref name="Person"/>, <paramref name="DaysAfterOpening"/> days after the intake.</summary>
public sealed record DemoContact(int Person, int DaysAfterOpening, ContactChannel Channel, bool Reached, string Note);

/// <summary>
/// A document of the person at <paramref name="Person"/> (null: the household's), filed by the office's counsellor
/// <paramref name="DaysAfterOpening"/> days after the intake: a one-page PDF titled <paramref name="Title"/>.
/// </summary>
public sealed record DemoDocument(int? Person, int DaysAfterOpening, DocumentSection Section, string FileName, string Title, params string[] Lines);
