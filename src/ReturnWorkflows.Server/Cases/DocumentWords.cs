using ReturnWorkflows.Cases.Documents;

namespace ReturnWorkflows.Server.Cases;

/// <summary>The English words for a document's section and size; the pages translate them (the words are the resource keys).</summary>
internal static class DocumentWords
{
    public static string Of(DocumentSection section) => section switch
    {
        DocumentSection.ConsentAndDeclaration => "Consent and declaration",
        DocumentSection.IdentityDocument => "Identity document",
        DocumentSection.TravelDocument => "Travel document",
        DocumentSection.MedicalClearance => "Medical clearance",
        DocumentSection.Vulnerability => "Vulnerability assessment",
        DocumentSection.HandoverCertificate => "Handover certificate",
        DocumentSection.MonitoringPhoto => "Monitoring photo",
        _ => "Other",
    };

    /// <summary>Bytes as KB or MB with one decimal, in the page's culture.</summary>
    public static string SizeOf(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024.0):0.#} KB"
        : $"{bytes / (1024.0 * 1024):0.#} MB";
}
