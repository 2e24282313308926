using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Contacts;
using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Demo;

/// <summary>
/// The demo set: a dozen fictional households at the Sarajevo and Belgrade host offices (the demo counsellors'),
/// returning to eight countries, singles and families with children, at every stage from a fresh intake to a returnee
/// in monitoring in Pakistan (<see cref="DemoStage"/>), with the vulnerabilities a counsellor meets:
/// some any case worker reads (a single parent, an older person, a disability), some only the protection roles read
/// (medical needs, an indication of trafficking); a few have a contact log, one of them a person no longer reached, and
/// a few their documents (a signed declaration, a passport copy, a medical clearance only the protection roles read).
/// Every name and fact is invented.
/// </summary>
public static class DemoCases
{
    public static IReadOnlyList<DemoCase> All { get; } =
    [
        // Returned to Pakistan over the summer: Islamabad's reintegration officer follows them up.
        Case(OfficeCodes.Sarajevo, "PK", 132,
            [Adult("Tariq", "Mehmood", 1989, 8, 11, Sex.Male, "PK", Relationship.PrincipalApplicant, "Urdu", "Punjabi")],
            consents: [new(0, ConsentKind.TransferToOriginOfficeAndPartners), new(0, ConsentKind.ContactEmbassy)],
            contacts: [new(0, 10, ContactChannel.Phone, true, "Asked when the embassy will answer.")],
            stage: DemoStage.Monitored),
        Case(OfficeCodes.Sarajevo, "PK", 56,
            [
                Adult("Naveed", "Akhtar", 1991, 1, 25, Sex.Male, "PK", Relationship.PrincipalApplicant, "Urdu", "English"),
                Adult("Asma", "Akhtar", 1993, 10, 2, Sex.Female, "PK", Relationship.Spouse, "Urdu"),
            ],
            consents: [new(0, ConsentKind.TransferToOriginOfficeAndPartners), new(1, ConsentKind.TransferToOriginOfficeAndPartners)],
            stage: DemoStage.Arrived),
        Case(OfficeCodes.Sarajevo, "PK", 52,
            [Adult("Imran", "Qureshi", 1994, 3, 14, Sex.Male, "PK", Relationship.PrincipalApplicant, "Urdu", "Punjabi", "English")],
            consents: [new(0, ConsentKind.TransferToOriginOfficeAndPartners)],
            contacts:
            [
                new(0, 6, ContactChannel.Phone, true, "Confirmed the counselling session on Thursday."),
                new(0, 20, ContactChannel.Phone, false, "No answer."),
                new(0, 27, ContactChannel.Messaging, false, "Message sent, not read."),
                new(0, 34, ContactChannel.Phone, false, "Number no longer in service; asked the reception centre."),
            ],
            documents:
            [
                new(0, 1, DocumentSection.ConsentAndDeclaration, "declaration-urdu.pdf", "Voluntary return declaration",
                    "Imran Qureshi declares that he wishes to return to Pakistan voluntarily.", "Read to him in Urdu by the office interpreter."),
                new(0, 6, DocumentSection.IdentityDocument, "passport-copy.pdf", "Passport copy", "Pakistani passport, photo page (copy)."),
            ],
            stage: DemoStage.Counselled),
        Case(OfficeCodes.Sarajevo, "AF", 47,
            [
                Adult("Gul Ahmad", "Noori", 1986, 7, 2, Sex.Male, "AF", Relationship.PrincipalApplicant, "Dari", "Pashto"),
                Adult("Zarmina", "Noori", 1990, 11, 23, Sex.Female, "AF", Relationship.Spouse, "Dari"),
                Child("Mursal", "Noori", 2015, 4, 9, Sex.Female, "AF", "Zarmina Noori", "Dari"),
                Child("Ahmad Shah", "Noori", 2019, 1, 30, Sex.Male, "AF", "Zarmina Noori", "Dari"),
            ],
            findings: [new(3, VulnerabilityKind.MedicalNeeds, "Asthma; uses an inhaler daily. Health assessment before travel.")],
            consents: [new(0, ConsentKind.TransferToOriginOfficeAndPartners), new(1, ConsentKind.TransferToOriginOfficeAndPartners)],
            contacts:
            [
                new(1, 3, ContactChannel.Visit, true, "Came to the office with the children; documents copied."),
                new(0, 12, ContactChannel.Phone, true, "Asked about school certificates for Mursal."),
            ],
            documents:
            [
                new(null, 3, DocumentSection.ConsentAndDeclaration, "family-declaration.pdf", "Voluntary return declaration",
                    "The Noori family declares that they wish to return to Afghanistan voluntarily.", "Read to them in Dari."),
                new(3, 14, DocumentSection.MedicalClearance, "fit-to-travel-ahmad-shah.pdf", "Fit to travel",
                    "Asthma, controlled with a daily inhaler. Fit to fly with the inhaler in the cabin."),
            ]),
        Case(OfficeCodes.Sarajevo, "MA", 40,
            [Adult("Youssef", "El Amrani", 1999, 9, 5, Sex.Male, "MA", Relationship.PrincipalApplicant, "Arabic", "French")],
            consents: [new(0, ConsentKind.TransferToOriginOfficeAndPartners), new(0, ConsentKind.ContactEmbassy)],
            contacts:
            [
                new(0, 12, ContactChannel.Phone, true, "Asked whether his brother can meet him at the airport."),
                new(0, 33, ContactChannel.Visit, true, "Collected the flight details; luggage allowance explained."),
            ],
            stage: DemoStage.FlightBooked),
        Case(OfficeCodes.Sarajevo, "BD", 33,
            [Adult("Rakibul", "Hasan", 1992, 2, 17, Sex.Male, "BD", Relationship.PrincipalApplicant, "Bengali")],
            findings: [new(0, VulnerabilityKind.MedicalNeeds, "Type 2 diabetes, on insulin: needs cold storage and a medical form for the flight.")],
            stage: DemoStage.Counselled),
        Case(OfficeCodes.Sarajevo, "IQ", 12,
            [
                Adult("Shilan", "Karim", 1988, 6, 12, Sex.Female, "IQ", Relationship.PrincipalApplicant, "Kurdish (Sorani)", "Arabic"),
                Child("Aram", "Karim", 2016, 10, 3, Sex.Male, "IQ", "Shilan Karim", "Kurdish (Sorani)"),
            ],
            findings: [new(0, VulnerabilityKind.SingleParent, "Travels alone with her son; her sister in Erbil can host them at first.")],
            consents: [new(0, ConsentKind.TransferToOriginOfficeAndPartners)],
            contacts:
            [
                new(0, 2, ContactChannel.Messaging, true, "Sent the date of the information session in Sorani."),
                new(0, 9, ContactChannel.Visit, true, "Came with Aram for the eligibility interview."),
            ],
            stage: DemoStage.EligibilityApproved),
        Case(OfficeCodes.Sarajevo, "NP", 19,
            [Adult("Bikash", "Thapa", 1996, 12, 1, Sex.Male, "NP", Relationship.PrincipalApplicant, "Nepali", "Hindi")],
            stage: DemoStage.TravelDocumentRequested),
        Case(OfficeCodes.Sarajevo, "PK", 11,
            [Adult("Rubina", "Bibi", 2001, 5, 20, Sex.Female, "PK", Relationship.PrincipalApplicant, "Urdu", "Punjabi")],
            findings: [new(0, VulnerabilityKind.SuspectedVictimOfTrafficking,
                "Indications of trafficking at intake; joint host/origin risk assessment requested.", ByProtectionOfficer: true)]),
        Case(OfficeCodes.Belgrade, "PK", 12,
            [
                Adult("Ghulam Rasool", "Chaudhry", 1956, 3, 8, Sex.Male, "PK", Relationship.PrincipalApplicant, "Urdu", "Punjabi"),
                Adult("Bilal", "Chaudhry", 1990, 8, 28, Sex.Male, "PK", Relationship.Child, "Urdu", "English"),
            ],
            findings: [new(0, VulnerabilityKind.OlderPerson, "Walks slowly over long distances; asks for assistance at transit airports.")],
            consents: [new(0, ConsentKind.TransferToOriginOfficeAndPartners), new(1, ConsentKind.TransferToOriginOfficeAndPartners)],
            contacts: [new(1, 8, ContactChannel.Phone, true, "Bilal will bring his father to the medical check.")],
            stage: DemoStage.Counselled),
        Case(OfficeCodes.Belgrade, "TN", 36,
            [Adult("Aymen", "Trabelsi", 1998, 1, 16, Sex.Male, "TN", Relationship.PrincipalApplicant, "Arabic", "French")],
            consents: [new(0, ConsentKind.ContactEmbassy)],
            contacts:
            [
                new(0, 5, ContactChannel.Visit, true, "Passport photos taken for the embassy request."),
                new(0, 30, ContactChannel.Phone, false, "Phone off."),
            ],
            documents:
            [
                new(0, 5, DocumentSection.TravelDocument, "laissez-passer-request.pdf", "Request for a laissez-passer",
                    "To the Embassy of Tunisia: request for a travel document for Aymen Trabelsi."),
            ],
            stage: DemoStage.Counselled),
        Case(OfficeCodes.Belgrade, "EG", 4,
            [Adult("Mostafa", "Abdel-Fattah", 1993, 4, 27, Sex.Male, "EG", Relationship.PrincipalApplicant, "Arabic")],
            findings: [new(0, VulnerabilityKind.Disability, "Uses a wheelchair since an accident; needs airport assistance and an aisle seat.")]),
        Case(OfficeCodes.Belgrade, "IN", 5,
            [Adult("Harpreet", "Singh", 1995, 10, 10, Sex.Male, "IN", Relationship.PrincipalApplicant, "Punjabi", "Hindi")],
            stage: DemoStage.Counselled),
        Case(OfficeCodes.Belgrade, "AF", 2,
            [
                Adult("Mohammad Nabi", "Sultani", 1984, 5, 5, Sex.Male, "AF", Relationship.PrincipalApplicant, "Dari"),
                Adult("Fatima", "Sultani", 1987, 2, 14, Sex.Female, "AF", Relationship.Spouse, "Dari"),
                Child("Sahar", "Sultani", 2012, 9, 21, Sex.Female, "AF", "Fatima Sultani", "Dari"),
            ],
            joinedLater: [Child("Omid", "Sultani", 2017, 6, 6, Sex.Male, "AF", "Fatima Sultani", "Dari")],
            findings: [new(1, VulnerabilityKind.MedicalNeeds, "Six months pregnant: fit-to-travel check in the week before the flight.")],
            consents: [new(0, ConsentKind.TransferToOriginOfficeAndPartners), new(1, ConsentKind.TransferToOriginOfficeAndPartners)]),
        Case(OfficeCodes.Belgrade, "DZ", 3,
            [Adult("Karim", "Benali", 2000, 7, 19, Sex.Male, "DZ", Relationship.PrincipalApplicant, "Arabic", "French")]),
    ];

    private static DemoCase Case(string office, string country, int daysAgo, IReadOnlyList<NewPerson> persons,
        IReadOnlyList<NewPerson>? joinedLater = null, IReadOnlyList<DemoFinding>? findings = null, IReadOnlyList<DemoConsent>? consents = null,
        IReadOnlyList<DemoContact>? contacts = null, IReadOnlyList<DemoDocument>? documents = null, DemoStage stage = DemoStage.Intake) =>
        new(office, country, daysAgo, persons, joinedLater ?? [], findings ?? [], consents ?? [], contacts ?? [], documents ?? [], stage);

    private static NewPerson Adult(string given, string family, int year, int month, int day, Sex sex, string nationality,
        Relationship relationship, params string[] languages) =>
        Person(given, family, new DateOnly(year, month, day), sex, nationality, relationship, languages, guardian: null);

    private static NewPerson Child(string given, string family, int year, int month, int day, Sex sex, string nationality, string guardian,
        params string[] languages) =>
        Person(given, family, new DateOnly(year, month, day), sex, nationality, Relationship.Child, languages, guardian);

    private static NewPerson Person(string given, string family, DateOnly born, Sex sex, string nationality, Relationship relationship,
        string[] languages, string? guardian) =>
        new(new PersonDetails(given, family, null, born, null, sex, nationality, languages, relationship), Consent(ConsentKind.DataProcessing, languages[0], guardian));

    /// <summary>Written, in the person's first language, with the office's interpreter for that language.</summary>
    public static ConsentStatement Consent(ConsentKind kind, string language, string? guardian = null) =>
        new(kind, ConsentDecision.Given, ConsentMethod.Written, language, language is "English" ? null : $"{language} interpreter (demo)", guardian);
}
