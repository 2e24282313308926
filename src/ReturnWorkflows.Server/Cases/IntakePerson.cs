using System.Globalization;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Duplicates;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// One person's part of the intake form, as typed: strings, so a refused intake shows exactly what was entered again.
/// The form names each input after the API's field (<c>members[1].details.givenNames</c>), so the command's refusals
/// land beside the input they name without any mapping.
/// </summary>
public sealed class IntakePerson
{
    /// <summary><c>principal</c>, or <c>members[i]</c> for the i-th family member.</summary>
    public required string Prefix { get; init; }

    public string GivenNames { get; init; } = "";
    public string FamilyName { get; init; } = "";
    public string NameInDocument { get; init; } = "";
    public string DateOfBirth { get; init; } = "";
    public string EstimatedBirthYear { get; init; } = "";
    public string Sex { get; init; } = "";
    public string Nationality { get; init; } = "";
    public string Languages { get; init; } = "";
    public string Relationship { get; init; } = "";

    /// <summary>The consent box: ticked means the person gave their data-processing consent.</summary>
    public bool Consented { get; init; }
    public string ConsentMethod { get; init; } = "";
    public string Guardian { get; init; } = "";

    /// <summary>
    /// The offices the duplicate check said may know someone like this person, as codes (the intake's script or the
    /// last post back filled them in): the row shows its notice while they are set, and the case may then be registered.
    /// </summary>
    public IReadOnlyList<string> DuplicateOffices { get; set; } = [];

    /// <summary>"Not the same person": the counsellor checked with that office; recorded on the case when it opens.</summary>
    public bool NotSamePerson { get; init; }

    public string DuplicateOfficesField => $"{Prefix}.duplicateOffices";

    public string NotSamePersonField => $"{Prefix}.notSamePersonAsKnown";

    public bool IsPrincipal => Prefix == IntakeForm.PrincipalPrefix;

    /// <summary>The input's name (and id) for a field of the person's details.</summary>
    public string Detail(string field) => $"{Prefix}.details.{field}";

    public string ConsentField => $"{Prefix}.dataProcessingConsent";

    public string Consent(string field) => $"{ConsentField}.{field}";

    public static IntakePerson Read(IFormCollection form, string prefix) => new()
    {
        Prefix = prefix,
        GivenNames = Value(form, $"{prefix}.details.givenNames"),
        FamilyName = Value(form, $"{prefix}.details.familyName"),
        NameInDocument = Value(form, $"{prefix}.details.nameInDocument"),
        DateOfBirth = Value(form, $"{prefix}.details.dateOfBirth"),
        EstimatedBirthYear = Value(form, $"{prefix}.details.estimatedBirthYear"),
        Sex = Value(form, $"{prefix}.details.sex"),
        Nationality = Value(form, $"{prefix}.details.nationality"),
        Languages = Value(form, $"{prefix}.details.languages"),
        Relationship = prefix == IntakeForm.PrincipalPrefix ? nameof(ReturnWorkflows.Cases.Model.Relationship.PrincipalApplicant) : Value(form, $"{prefix}.details.relationship"),
        Consented = Value(form, $"{prefix}.dataProcessingConsent") == "given",
        ConsentMethod = Value(form, $"{prefix}.dataProcessingConsent.method"),
        Guardian = Value(form, $"{prefix}.dataProcessingConsent.guardian"),
        DuplicateOffices = Value(form, $"{prefix}.duplicateOffices").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        NotSamePerson = Value(form, $"{prefix}.notSamePersonAsKnown") == "true",
    };

    /// <summary>The same person under another prefix (a member moving up a row when one above is removed).</summary>
    public IntakePerson As(string prefix) => new()
    {
        Prefix = prefix, GivenNames = GivenNames, FamilyName = FamilyName, NameInDocument = NameInDocument, DateOfBirth = DateOfBirth,
        EstimatedBirthYear = EstimatedBirthYear, Sex = Sex, Nationality = Nationality, Languages = Languages, Relationship = Relationship,
        Consented = Consented, ConsentMethod = ConsentMethod, Guardian = Guardian, DuplicateOffices = DuplicateOffices, NotSamePerson = NotSamePerson,
    };

    /// <summary>The duplicate check for the person as typed; none while a name, the nationality or a birth date or year is missing or unreadable.</summary>
    public CheckDuplicate? DuplicateCheck(CaseViewer viewer)
    {
        DateOnly? born = DateOnly.TryParseExact(DateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date) ? date : null;
        int? year = int.TryParse(EstimatedBirthYear, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        if (GivenNames.Length == 0 || FamilyName.Length == 0 || Nationality.Length == 0 || (born is null && year is null)) return null;
        return new(viewer, GivenNames, FamilyName, born, born is null ? year : null, Nationality.ToUpperInvariant());
    }

    internal static string Value(IFormCollection form, string name) => form[name].ToString().Trim();
}
