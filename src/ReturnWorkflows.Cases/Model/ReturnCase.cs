using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// A return case: a household or group travelling together, held by a host office. The aggregate root: persons, their
/// consents and vulnerabilities change only through it, every change raises <see cref="Version"/> (checked by the
/// database, so two saves of one version cannot both win) and is listed in <see cref="PendingChanges"/> for the audit.
/// </summary>
public sealed partial class ReturnCase
{
    private readonly List<Person> _persons = [];
    private readonly List<CaseChange> _changes = [];

    private ReturnCase() { }

    public string Id { get; private set; } = "";
    public string Number { get; private set; } = "";
    public string HostOffice { get; private set; } = "";
    public int NumberYear { get; private set; }
    public int NumberSequence { get; private set; }
    public string CountryOfReturn { get; private set; } = "";
    public string ProgrammeId { get; private set; } = "";
    public CaseStatus Status { get; private set; }
    public ClosureReason? ClosureReason { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public int Version { get; private set; }

    /// <summary>A practice case: the reports leave it out (<see cref="CaseOpening.IsTest"/>).</summary>
    public bool IsTest { get; private set; }

    public IReadOnlyList<Person> Persons => _persons;

    /// <summary>Whether someone of the case consents (now) to their data going to the origin office and partners.</summary>
    public bool TransferConsented => _persons.Any(p => p.HasConsented(ConsentKind.TransferToOriginOfficeAndPartners));
    public Person Principal => _persons.Single(p => p.IsPrincipal);

    /// <summary>What changed since the case was loaded; the handler writes them to the audit trail.</summary>
    public IReadOnlyList<CaseChange> PendingChanges => _changes;

    public static ReturnCase Open(CaseOpening opening, CaseNumber number, DateTime at, string by)
    {
        var opened = new ReturnCase
        {
            Id = IdGenerator.NewId(),
            Number = number.ToString(),
            HostOffice = number.Office,
            NumberYear = number.Year,
            NumberSequence = number.Sequence,
            CountryOfReturn = opening.CountryOfReturn,
            ProgrammeId = opening.ProgrammeId,
            Status = CaseStatus.Open,
            CreatedAt = at,
            CreatedBy = by,
            UpdatedAt = at,
            UpdatedBy = by,
            Version = 1,
            IsTest = opening.IsTest,
        };
        foreach (var person in opening.Members.Prepend(opening.Principal))
            opened._persons.Add(Person.Register(IdGenerator.NewId(), opened.Id, opened._persons.Count, person, IdGenerator.NewId, at, by));
        opened._changes.Add(new CaseChange(CaseSections.Case, "number", null, opened.Number));
        if (opened.IsTest) opened._changes.Add(new CaseChange(CaseSections.Case, "isTest", null, "true"));
        opened._changes.Add(new CaseChange(CaseSections.People, "persons", null, opened._persons.Count.ToString()));
        return opened;
    }

    /// <summary>Refuses a save based on an older read, naming who saved since and when.</summary>
    public void EnsureVersion(int expected)
    {
        if (expected != Version)
            throw new StaleCaseException(
                $"The case was changed by {UpdatedBy} at {UpdatedAt:yyyy-MM-dd HH:mm} UTC since you read it (your version {expected}, now {Version}). Reload it and make your change again.");
    }

    public void ChangeCountryOfReturn(string country, DateTime at, string by)
    {
        RequireOpen();
        if (country == CountryOfReturn) return;
        _changes.Add(new CaseChange(CaseSections.Case, "countryOfReturn", CountryOfReturn, country));
        CountryOfReturn = country;
        Touch(at, by);
    }

    public void UpdatePerson(string personId, PersonDetails details, DateTime at, string by)
    {
        RequireOpen();
        var changes = PersonNamed(personId).Update(details);
        if (changes.Count == 0) return;
        _changes.AddRange(changes);
        Touch(at, by);
    }

    public Person AddMember(NewPerson member, DateTime at, string by)
    {
        RequireOpen();
        var person = Person.Register(IdGenerator.NewId(), Id, _persons.Max(p => p.Position) + 1, member, IdGenerator.NewId, at, by);
        _persons.Add(person);
        _changes.Add(new CaseChange(CaseSections.People, $"persons[{person.Id}]", null, "added"));
        Touch(at, by);
        return person;
    }

    /// <summary>
    /// "Not the same person" as the persons of other cases the duplicate check found. Only that a distinction was
    /// recorded goes to the audit, and how many: the other persons' ids would point at cases the viewer may not see.
    /// </summary>
    public void RecordNotSamePerson(string personId, IReadOnlyCollection<string> otherPersonIds, DateTime at, string by)
    {
        var added = PersonNamed(personId).RecordNotSamePerson(otherPersonIds, at, by);
        if (added.Count == 0) return;
        _changes.Add(new CaseChange(CaseSections.People, $"persons[{personId}].notSamePerson", null, $"not the same person as {added.Count} found by the duplicate check"));
        // Ticked on the intake form, it is part of the opening, which is version 1.
        if (!IsBeingOpened) Touch(at, by);
    }

    /// <summary>Open or closed: a person may always withdraw their consent, and it must be kept.</summary>
    public Consent RecordConsent(string personId, ConsentStatement statement, DateTime at, string by)
    {
        var person = PersonNamed(personId);
        var flaggedBefore = person.RetentionFlaggedAt;
        var consent = person.RecordConsent(statement, IdGenerator.NewId(), at, by);
        if (flaggedBefore is null && person.RetentionFlaggedAt is not null)
            _changes.Add(new CaseChange(CaseSections.Consents, $"persons[{personId}].retention", null, "flagged"));
        _changes.Add(new CaseChange(CaseSections.Consents, $"persons[{personId}].consents.{statement.Kind}", null,
            $"{statement.Decision} ({statement.Method})"));
        Touch(at, by);
        return consent;
    }

    public Vulnerability RecordVulnerability(string personId, VulnerabilityKind kind, string findings, DateTime at, string by)
    {
        RequireOpen();
        var vulnerability = PersonNamed(personId).RecordVulnerability(kind, findings, IdGenerator.NewId(), at, by);
        // Even the kind is kept out of the trail for a sensitive one: a "trafficking" entry would say what the section hides.
        _changes.Add(new CaseChange(kind.IsSensitive() ? CaseSections.Protection : CaseSections.Vulnerabilities,
            $"persons[{personId}].vulnerabilities[{vulnerability.Id}]", null, kind.IsSensitive() ? null : kind.ToString(), Sensitive: true));
        Touch(at, by);
        return vulnerability;
    }

    private bool IsBeingOpened => Version == 1 && _changes.Any(c => c is { Section: CaseSections.Case, Field: "number", OldValue: null });

    public void ClearPendingChanges() => _changes.Clear();

    private Person PersonNamed(string personId) =>
        _persons.FirstOrDefault(p => p.Id == personId) ?? throw new NotFoundException("personId", $"The case has no person '{personId}'.");

    private void RequireOpen()
    {
        if (Status == CaseStatus.Closed)
            throw new CaseRuleException("status", "The case is closed; reopen it before changing it.");
    }

    private void Touch(DateTime at, string by)
    {
        UpdatedAt = at;
        UpdatedBy = by;
        Version++;
    }
}
