using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Duplicates;

/// <summary>
/// The duplicate check at intake, across all offices: is someone like this person (name spelt otherwise, given and
/// family name swapped, born within a year, same nationality) already on a case? It answers only that, and which
/// offices to contact; never a case, a name or an id, since the asker may not see those cases. Each office's case
/// audit trail records that its existence was shown, and the check itself is logged (<see cref="DuplicateCheckRecord"/>).
/// Closed cases are matched (a returnee who came back is exactly who the other office knows); persons who withdrew
/// their consent to data processing are not (their key is cleared).
/// </summary>
/// <param name="PersonId">When the person is already on a case (an edit): that case and the persons marked "not the same person" are left out.</param>
public sealed record CheckDuplicate(
    CaseViewer Viewer,
    string? GivenNames,
    string? FamilyName,
    DateOnly? DateOfBirth,
    int? EstimatedBirthYear,
    string? Nationality,
    string? CaseId = null,
    string? PersonId = null) : IRequest<DuplicateCheckResult>;

public sealed record DuplicateCheckResult(bool PossibleMatch, IReadOnlyList<OfficeToContact> Offices);

public sealed record OfficeToContact(string Code, string Name);

public sealed class CheckDuplicateValidator : AbstractValidator<CheckDuplicate>
{
    public CheckDuplicateValidator(TimeProvider clock)
    {
        RuleFor(c => c.GivenNames).NotEmpty().MaximumLength(200);
        RuleFor(c => c.FamilyName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Nationality).Must(CaseValidation.IsCountryCode).WithMessage("Give the nationality as a two-letter country code (PK, AF, XK...).");
        RuleFor(c => c.DateOfBirth).Must(born => born is null || born <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("The date of birth is in the future.");
        RuleFor(c => c.EstimatedBirthYear).InclusiveBetween(1900, 2100);
        RuleFor(c => c).Must(c => c.DateOfBirth is not null || c.EstimatedBirthYear is not null)
            .WithName("dateOfBirth").WithMessage("Give the date of birth or, when it is not known, the estimated year of birth.");
    }
}

public sealed class CheckDuplicateHandler(
    IPersonMatchLookup lookup, IReferenceDataStore referenceData, ICaseAuditLog audit, IDuplicateCheckLog checks, TimeProvider clock)
    : IRequestHandler<CheckDuplicate, DuplicateCheckResult>
{
    /// <summary>The audit section a disclosed case's trail names: "someone was told this case exists at this office".</summary>
    public const string AuditSection = "duplicateCheck";

    public async Task<DuplicateCheckResult> Handle(CheckDuplicate query, CancellationToken cancellationToken)
    {
        // Those who may open a case somewhere: the check is part of intake, not a way to look people up.
        if (!CaseAccess.MayEdit(query.Viewer))
            throw new ForbiddenException("viewer", "Only those who register cases may run the duplicate check.");
        var person = PersonMatch.Of(query.GivenNames, query.FamilyName, query.Nationality, query.DateOfBirth, query.EstimatedBirthYear);
        var found = person.NameKey.Length == 0 ? [] : await lookup.FindAsync(person, query.CaseId, query.PersonId, cancellationToken);

        var offices = await referenceData.OfficesAsync(cancellationToken);
        var shown = found.Select(m => m.HostOffice).Distinct().Order(StringComparer.Ordinal)
            .Select(code => new OfficeToContact(code, offices.FirstOrDefault(o => o.Code == code)?.Name ?? code)).ToList();

        var now = clock.GetUtcNow().UtcDateTime;
        audit.Add(found.Select(m => m.CaseId).Distinct()
            .Select(caseId => CaseAuditTrail.Read(caseId, [AuditSection], now, query.Viewer.UserName)).ToList());
        checks.Add(new DuplicateCheckRecord
        {
            At = now, Actor = query.Viewer.UserName, ActorOffice = query.Viewer.Office, PossibleMatch = shown.Count > 0,
            OfficesShown = string.Join(',', shown.Select(o => o.Code)),
        });
        return new DuplicateCheckResult(shown.Count > 0, shown);
    }
}
