namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// A request to an embassy or consular authority for the household's travel documents (domain.md, lifecycle step 6).
/// Rows are never changed: a second request (the first refused or lost) is a new row, so the waiting time per
/// authority can be reported.
/// </summary>
public sealed class TravelDocumentRequestRecord
{
    private TravelDocumentRequestRecord() { }

    internal TravelDocumentRequestRecord(string id, string caseId, string authority, DateOnly requestedOn, string? reference, DateTime recordedAt, string recordedBy)
    {
        Id = id;
        CaseId = caseId;
        Authority = authority;
        RequestedOn = requestedOn;
        Reference = reference;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";

    /// <summary>The embassy or consular authority asked, as the counsellor names it ("Embassy of Pakistan, Sarajevo").</summary>
    public string Authority { get; private set; } = "";

    public DateOnly RequestedOn { get; private set; }

    /// <summary>The authority's or our own reference of the request, if any.</summary>
    public string? Reference { get; private set; }

    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
}

/// <summary>A travel document a person holds for the return: its kind, number and expiry. Its number is personal data: never in the trail's values or a log.</summary>
public sealed class TravelDocument
{
    private TravelDocument() { }

    internal TravelDocument(string id, string caseId, string personId, TravelDocumentFacts facts, DateTime recordedAt, string recordedBy)
    {
        Id = id;
        CaseId = caseId;
        PersonId = personId;
        Kind = facts.Kind;
        Number = facts.Number;
        ExpiresOn = facts.ExpiresOn;
        ReceivedOn = facts.ReceivedOn;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";
    public string PersonId { get; private set; } = "";
    public TravelDocumentKind Kind { get; private set; }
    public string Number { get; private set; } = "";
    public DateOnly ExpiresOn { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
}

public enum TravelDocumentKind
{
    Passport,
    LaissezPasser,
    EmergencyTravelDocument,
}

/// <summary>A document as received, for everyone taking part (a household's collective laissez-passer, or one kind and expiry for all).</summary>
public sealed record TravelDocumentFacts(TravelDocumentKind Kind, string Number, DateOnly ExpiresOn, DateOnly ReceivedOn);
