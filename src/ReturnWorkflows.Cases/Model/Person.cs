namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// A member of a case. Each has their own consents and vulnerabilities: one may withdraw while the others travel.
/// A person exists only with a data-processing consent: <see cref="Register"/> is the only way in.
/// </summary>
public sealed class Person
{
    private readonly List<Consent> _consents = [];
    private readonly List<Vulnerability> _vulnerabilities = [];
    private readonly List<PersonDistinction> _distinctions = [];

    private Person() { }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";
    public bool IsPrincipal { get; private set; }

    /// <summary>The order the person joined the case in (the principal applicant is 0): lists show the family as registered.</summary>
    public int Position { get; private set; }
    public string GivenNames { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public string? NameInDocument { get; private set; }
    public DateOnly? DateOfBirth { get; private set; }
    public int? EstimatedBirthYear { get; private set; }
    public Sex Sex { get; private set; }
    public string Nationality { get; private set; } = "";
    public string[] Languages { get; private set; } = [];
    public Relationship Relationship { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public Participation Participation { get; private set; }
    public WithdrawalReason? WithdrawalReason { get; private set; }
    public string? WithdrawalNote { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public string? WithdrawnBy { get; private set; }

    /// <summary>
    /// When the person withdrew their consent to data processing: from then nothing more about them is recorded, and
    /// the retention rules (anonymisation after the configured period) take them into account.
    /// </summary>
    public DateTime? RetentionFlaggedAt { get; private set; }

    /// <summary>
    /// Milestone: when the person first had a travel document for the return. Reports count milestones written by case
    /// commands, never positions in a workflow, so a redesign cannot change a figure.
    /// </summary>
    public DateTime? TravelDocumentObtainedAt { get; private set; }
    /// <summary>
    /// The duplicate check's key of the names (<see cref="Duplicates.NameKey"/>), kept on the row so the check is an
    /// indexed lookup. Null while the person's consent to data processing is withdrawn: they are then matched by nobody.
    /// </summary>
    public string? NameKey { get; private set; }

    /// <summary>The year of birth from the date or the estimate, for the check's tolerance.</summary>
    public int? BirthYear { get; private set; }

    /// <summary>The dates the person reached each <see cref="Milestone"/> (null: not yet); the funnel report counts them.</summary>
    public DateOnly? CounselledOn { get; private set; }
    public DateOnly? DecidedToReturnOn { get; private set; }
    public DateOnly? EligibleOn { get; private set; }
    public DateOnly? DepartedOn { get; private set; }
    public DateOnly? ArrivedOn { get; private set; }
    public DateOnly? PlanApprovedOn { get; private set; }

    public DateOnly? ReachedOn(Milestone milestone) => milestone switch
    {
        Milestone.Counselled => CounselledOn,
        Milestone.DecidedToReturn => DecidedToReturnOn,
        Milestone.Eligible => EligibleOn,
        Milestone.Departed => DepartedOn,
        Milestone.Arrived => ArrivedOn,
        Milestone.PlanApproved => PlanApprovedOn,
        _ => throw new ArgumentOutOfRangeException(nameof(milestone)),
    };

    /// <summary>Sets the milestone's date unless it was reached already (the first date counts); whether it was set now.</summary>
    internal bool Reach(Milestone milestone, DateOnly on)
    {
        if (ReachedOn(milestone) is not null) return false;
        switch (milestone)
        {
            case Milestone.Counselled: CounselledOn = on; break;
            case Milestone.DecidedToReturn: DecidedToReturnOn = on; break;
            case Milestone.Eligible: EligibleOn = on; break;
            case Milestone.Departed: DepartedOn = on; break;
            case Milestone.Arrived: ArrivedOn = on; break;
            case Milestone.PlanApproved: PlanApprovedOn = on; break;
            default: throw new ArgumentOutOfRangeException(nameof(milestone));
        }
        return true;
    }

    /// <summary>Persons of other cases a counsellor has said this one is not (so the notice is not shown for them again).</summary>
    public IReadOnlyList<PersonDistinction> Distinctions => _distinctions;

    public IReadOnlyList<Consent> Consents => _consents;
    public IReadOnlyList<Vulnerability> Vulnerabilities => _vulnerabilities;

    public PersonDetails Details => new(GivenNames, FamilyName, NameInDocument, DateOfBirth, EstimatedBirthYear, Sex, Nationality, Languages, Relationship);

    /// <summary>Whether the latest data-processing entry is a consent (not a withdrawal); entries recorded at one instant count in the order recorded.</summary>
    public bool MayBeProcessed =>
        _consents.Where(c => c.Kind == ConsentKind.DataProcessing).OrderBy(c => c.RecordedAt).LastOrDefault()?.Decision == ConsentDecision.Given;

    /// <summary>Whether the latest entry of <paramref name="kind"/> is a consent (none, or a withdrawal, is not).</summary>
    public bool HasConsented(ConsentKind kind) =>
        _consents.Where(c => c.Kind == kind).OrderBy(c => c.RecordedAt).LastOrDefault()?.Decision == ConsentDecision.Given;

    internal static Person Register(string id, string caseId, int position, NewPerson person, Func<string> newId, DateTime at, string by)
    {
        if (person.DataProcessingConsent is not { Kind: ConsentKind.DataProcessing, Decision: ConsentDecision.Given })
            throw new CaseRuleException("consent", "Record the person's consent to data processing first: nothing about them is kept without it.");
        var registered = new Person { Id = id, CaseId = caseId, IsPrincipal = position == 0, Position = position, CreatedAt = at };
        registered.Apply(person.Details);
        registered.RecordConsent(person.DataProcessingConsent, newId(), at, by);
        return registered;
    }

    /// <summary>Replaces the details; returns the fields that changed.</summary>
    internal IReadOnlyList<CaseChange> Update(PersonDetails details)
    {
        RequireProcessingConsent();
        var before = Details;
        Apply(details);
        return PersonChanges.Between(Id, before, Details);
    }

    internal Consent RecordConsent(ConsentStatement statement, string id, DateTime at, string by)
    {
        if (statement.Kind != ConsentKind.DataProcessing) RequireProcessingConsent();
        if (Details.IsChildOn(DateOnly.FromDateTime(at)) && string.IsNullOrWhiteSpace(statement.Guardian))
            throw new CaseRuleException("guardian", "The person is a child: their consent is given through their guardian; name the guardian.");
        var consent = new Consent(id, Id, statement, at, by);
        _consents.Add(consent);
        if (statement is { Kind: ConsentKind.DataProcessing, Decision: ConsentDecision.Withdrawn })
            RetentionFlaggedAt ??= at;
        RefreshMatchKey();
        return consent;
    }

    internal Vulnerability RecordVulnerability(VulnerabilityKind kind, string findings, string id, DateTime at, string by)
    {
        RequireProcessingConsent();
        var vulnerability = new Vulnerability(id, Id, kind, findings, at, by);
        _vulnerabilities.Add(vulnerability);
        return vulnerability;
    }

    internal void WithdrawFromReturn(WithdrawalReason reason, string? note, DateTime at, string by) =>
        (Participation, WithdrawalReason, WithdrawalNote, WithdrawnAt, WithdrawnBy) = (Participation.WithdrewFromReturn, reason, note, at, by);

    internal void MarkTravelDocumentObtained(DateTime at) => TravelDocumentObtainedAt ??= at;

    internal void HandOverPrincipal(Person next)
    {
        IsPrincipal = false;
        next.IsPrincipal = true;
    }

    private void RequireProcessingConsent()
    {
        if (!MayBeProcessed)
            throw new CaseRuleException("consent", "The person has withdrawn their consent to data processing: nothing more about them may be recorded.");
    }

    private void Apply(PersonDetails details)
    {
        GivenNames = details.GivenNames;
        FamilyName = details.FamilyName;
        NameInDocument = details.NameInDocument;
        DateOfBirth = details.DateOfBirth;
        EstimatedBirthYear = details.DateOfBirth is null ? details.EstimatedBirthYear : null;
        Sex = details.Sex;
        Nationality = details.Nationality;
        Languages = [.. details.Languages];
        Relationship = details.Relationship;
        RefreshMatchKey();
    }

    /// <summary>Records that the person is not any of <paramref name="otherPersonIds"/>; returns the ones newly recorded.</summary>
    internal IReadOnlyList<string> RecordNotSamePerson(IEnumerable<string> otherPersonIds, DateTime at, string by)
    {
        var added = otherPersonIds.Distinct().Where(other => other != Id && _distinctions.All(d => d.OtherPersonId != other)).ToList();
        _distinctions.AddRange(added.Select(other => new PersonDistinction(Id, other, at, by)));
        return added;
    }

    /// <summary>
    /// Computes the duplicate check's key and birth year from the names, date of birth and consent; done by every change
    /// of them, and called once at start for the rows written before the key existed.
    /// </summary>
    public void RefreshMatchKey()
    {
        BirthYear = Duplicates.BirthYears.Of(DateOfBirth, EstimatedBirthYear);
        // Someone who withdrew consent to data processing is not processed, the duplicate check included.
        var key = Duplicates.NameKey.For(GivenNames, FamilyName);
        NameKey = MayBeProcessed && key.Length > 0 ? key : null;
    }
}
