namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// One item of a reintegration plan: what it is, for whom (a person, or the household when none), its amount in the
/// plan's currency, paid in cash or given in kind, and whether it needs a referral to a service provider. Delivered
/// once, with the day and the receipt or hand-over certificate (a document of the case) as evidence.
/// </summary>
public sealed class ReintegrationItem
{
    public const int MaxDescriptionLength = 500;
    public const int MaxProviderLength = 200;

    /// <summary>The largest amount one item may have (a guard against a slip of the keyboard, as the programme's caps).</summary>
    public const decimal MaxAmount = 1_000_000m;

    private ReintegrationItem() { }

    internal ReintegrationItem(string id, string planId, ReintegrationItemKind kind, string? personId, string description, decimal amount,
        SupportModality modality, bool referralNeeded, string? provider, DateTime at, string by)
    {
        Id = id;
        PlanId = planId;
        Kind = kind;
        PersonId = personId;
        Description = description;
        Amount = amount;
        Modality = modality;
        ReferralNeeded = referralNeeded;
        Provider = provider;
        AddedAt = at;
        AddedBy = by;
    }

    public string Id { get; private set; } = "";
    public string PlanId { get; private set; } = "";
    public ReintegrationItemKind Kind { get; private set; }

    /// <summary>The person it supports; null: the household.</summary>
    public string? PersonId { get; private set; }

    public string Description { get; private set; } = "";
    public decimal Amount { get; private set; }
    public SupportModality Modality { get; private set; }
    public bool ReferralNeeded { get; private set; }

    /// <summary>The service the returnee is referred to (when <see cref="ReferralNeeded"/>) or the supplier of in-kind support.</summary>
    public string? Provider { get; private set; }

    public DateTime AddedAt { get; private set; }
    public string AddedBy { get; private set; } = "";

    /// <summary>The day it was paid, handed over or the referral took place; null: not delivered yet.</summary>
    public DateOnly? DeliveredOn { get; private set; }

    /// <summary>What came of it: the referral's outcome, what was handed over.</summary>
    public string? DeliveryNote { get; private set; }

    /// <summary>The receipt or hand-over certificate, a document of the case.</summary>
    public string? ReceiptDocumentId { get; private set; }

    public DateTime? DeliveryRecordedAt { get; private set; }
    public string? DeliveryRecordedBy { get; private set; }

    public ReintegrationCategory Category => ReintegrationItemKinds.CategoryOf(Kind);

    internal void Deliver(DateOnly on, string? note, string? receiptDocumentId, DateTime at, string by) =>
        (DeliveredOn, DeliveryNote, ReceiptDocumentId, DeliveryRecordedAt, DeliveryRecordedBy) = (on, note, receiptDocumentId, at, by);
}

/// <summary>The three kinds of support of the IOM reintegration handbook (domain.md, lifecycle step 9).</summary>
public enum ReintegrationCategory
{
    Immediate,
    Economic,
    Social,
}

/// <summary>What an item gives; each belongs to one <see cref="ReintegrationCategory"/>.</summary>
public enum ReintegrationItemKind
{
    ImmediateCash,
    TemporaryHousing,
    MedicalCare,
    MicroBusiness,
    Employment,
    VocationalTraining,
    Housing,
    Education,
    LegalAid,
    Childcare,
    Security,
}

public enum SupportModality
{
    Cash,
    InKind,
}

public static class ReintegrationItemKinds
{
    public static ReintegrationCategory CategoryOf(ReintegrationItemKind kind) => kind switch
    {
        ReintegrationItemKind.ImmediateCash or ReintegrationItemKind.TemporaryHousing or ReintegrationItemKind.MedicalCare => ReintegrationCategory.Immediate,
        ReintegrationItemKind.MicroBusiness or ReintegrationItemKind.Employment or ReintegrationItemKind.VocationalTraining => ReintegrationCategory.Economic,
        _ => ReintegrationCategory.Social,
    };
}
