namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// What a person consents to. Contacting the embassy is its own kind because that request reveals the person to their
/// own state; withdrawing data-processing consent is not dropping the return (domain.md: three kinds of withdrawal).
/// </summary>
public enum ConsentKind
{
    DataProcessing,
    TransferToOriginOfficeAndPartners,
    ContactEmbassy,
    ReturnDeclaration,
    GuardianConsentForChild,
}

public enum ConsentDecision
{
    Given,
    Withdrawn,
}

/// <summary>Written where possible; when it is not, given verbally and certified by the case worker who records it.</summary>
public enum ConsentMethod
{
    Written,
    VerbalCertified,
}
