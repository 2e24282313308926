namespace ReturnWorkflows.Cases.Documents;

/// <summary>The part of the case a document proves; it decides who may see the document.</summary>
public enum DocumentSection
{
    /// <summary>The signed consent to data processing and the voluntary-return declaration.</summary>
    ConsentAndDeclaration,
    /// <summary>A passport, identity card or birth certificate.</summary>
    IdentityDocument,
    /// <summary>A laissez-passer, a visa or the ticket.</summary>
    TravelDocument,
    /// <summary>Fit-to-travel, the airline's medical form: medical, so sensitive.</summary>
    MedicalClearance,
    /// <summary>Evidence of a vulnerability (a trafficking or child-protection assessment): sensitive.</summary>
    Vulnerability,
    /// <summary>The signed receipt of in-kind reintegration support, which auditors keep asking for.</summary>
    HandoverCertificate,
    /// <summary>A photo taken on a monitoring visit.</summary>
    MonitoringPhoto,
    Other,
}

public static class DocumentSections
{
    /// <summary>
    /// Medical and vulnerability documents follow the case page's rule for sensitive findings
    /// (<see cref="Access.CaseAccess.MaySeeSensitive"/>): for anyone else they are absent, not masked.
    /// </summary>
    public static bool IsSensitive(this DocumentSection section) => section is DocumentSection.MedicalClearance or DocumentSection.Vulnerability;

    /// <summary>
    /// The documents of the origin office's own work (receipts of reintegration support, monitoring photos): it sees and
    /// files them on a case it accepted, though the host office's documents stay hidden from it.
    /// </summary>
    public static bool IsOriginOffices(this DocumentSection section) => section is DocumentSection.HandoverCertificate or DocumentSection.MonitoringPhoto;

    /// <summary>The audit trail's section for reads and changes of a document of <paramref name="section"/>.</summary>
    public static string AuditSection(this DocumentSection section) =>
        section.IsSensitive() ? Model.CaseSections.Protection : Model.CaseSections.Documents;
}
