using System.Globalization;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// The intake page's form as typed, and its translation into the same <see cref="OpenCase"/> command
/// <c>POST /api/cases</c> sends. The page parses only what HTML cannot carry typed (dates, numbers, choices); every
/// rule of the case is the command's, so the page and the API refuse the same intakes.
/// </summary>
public sealed class IntakeForm
{
    public const string PrincipalPrefix = "principal";
    public const int MaxMembers = 30;

    public string HostOffice { get; init; } = "";
    public string ProgrammeId { get; init; } = "";
    public string CountryOfReturn { get; init; } = "";

    /// <summary>The language the consents were explained and given in: one intake session, one language for all.</summary>
    public string Language { get; init; } = "";
    public string Interpreter { get; init; } = "";

    /// <summary>Sent with the intake: pressing Register twice opens one case, not two.</summary>
    public string IntakeKey { get; init; } = Guid.NewGuid().ToString("N");

    public IntakePerson Principal { get; init; } = new() { Prefix = PrincipalPrefix };
    public List<IntakePerson> Members { get; init; } = [];

    public IEnumerable<IntakePerson> Persons => Members.Prepend(Principal);

    public static string MemberPrefix(int index) => $"members[{index}]";

    public static IntakePerson NewMember(int index) => new() { Prefix = MemberPrefix(index) };

    public static IntakeForm Read(IFormCollection form)
    {
        var count = int.TryParse(IntakePerson.Value(form, "memberCount"), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? Math.Clamp(n, 0, MaxMembers) : 0;
        return new IntakeForm
        {
            HostOffice = IntakePerson.Value(form, "hostOffice"),
            ProgrammeId = IntakePerson.Value(form, "programmeId"),
            CountryOfReturn = IntakePerson.Value(form, "countryOfReturn"),
            Language = IntakePerson.Value(form, "language"),
            Interpreter = IntakePerson.Value(form, "interpreter"),
            IntakeKey = IntakePerson.Value(form, "intakeKey") is { Length: > 0 } key ? key : Guid.NewGuid().ToString("N"),
            Principal = IntakePerson.Read(form, PrincipalPrefix),
            Members = Enumerable.Range(0, count).Select(i => IntakePerson.Read(form, MemberPrefix(i))).ToList(),
        };
    }

    /// <summary>The form without the member at <paramref name="index"/>; those below move up a row.</summary>
    public IntakeForm Without(int index) => new()
    {
        HostOffice = HostOffice, ProgrammeId = ProgrammeId, CountryOfReturn = CountryOfReturn, Language = Language, Interpreter = Interpreter,
        IntakeKey = IntakeKey, Principal = Principal,
        Members = Members.Where((_, i) => i != index).Select((m, i) => m.As(MemberPrefix(i))).ToList(),
    };

    /// <summary>The command, or the fields that could not be read (a date that is no date), named as the command names them.</summary>
    public OpenCase ToCommand(CaseViewer viewer, string? idempotencyKey)
    {
        var errors = new Dictionary<string, string[]>();
        var principal = ToNewPerson(Principal, Language, Interpreter, errors);
        var members = Members.Select(m => ToNewPerson(m, Language, Interpreter, errors)).ToList();
        if (errors.Count > 0) throw new CommandValidationException(errors);
        return new OpenCase(viewer, HostOffice, CountryOfReturn.ToUpperInvariant(), ProgrammeId, principal, members, idempotencyKey);
    }

    /// <summary>
    /// One person as typed, as the commands take them (the intake's and the case page's added member), with the session's
    /// language and interpreter on the consent; what cannot be read is added to <paramref name="errors"/> under its input's name.
    /// </summary>
    internal static NewPerson ToNewPerson(IntakePerson p, string language, string interpreter, Dictionary<string, string[]> errors)
    {
        DateOnly? born = null;
        if (p.DateOfBirth.Length > 0)
        {
            if (DateOnly.TryParseExact(p.DateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) born = date;
            else errors[p.Detail("dateOfBirth")] = ["Write the date of birth as year-month-day (1990-05-01)."];
        }
        int? year = null;
        if (p.EstimatedBirthYear.Length > 0)
        {
            if (int.TryParse(p.EstimatedBirthYear, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) year = y;
            else errors[p.Detail("estimatedBirthYear")] = ["Write the estimated year of birth as four digits (1990)."];
        }
        var sex = Choice<Sex>(p.Sex, p.Detail("sex"), "Choose the person's sex as recorded (or Not recorded).", errors);
        var relationship = Choice<Relationship>(p.Relationship, p.Detail("relationship"), "Choose how the person relates to the principal applicant.", errors);
        var details = new PersonDetails(p.GivenNames, p.FamilyName, Optional(p.NameInDocument), born, year, sex, p.Nationality.ToUpperInvariant(),
            p.Languages.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), relationship);
        // No ticked box, no consent: the command refuses the person, naming the consent, as the API does.
        if (!p.Consented) return new NewPerson(details, null!);
        var method = Choice<ConsentMethod>(p.ConsentMethod, p.Consent("method"), "Say how the consent was given: written, or verbally and certified by you.", errors);
        return new NewPerson(details, new ConsentStatement(ConsentKind.DataProcessing, ConsentDecision.Given, method, language,
            Optional(interpreter), Optional(p.Guardian)), p.NotSamePerson);
    }

    private static T Choice<T>(string value, string field, string message, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)) return parsed;
        errors[field] = [message];
        return default;
    }

    private static string? Optional(string value) => value.Length == 0 ? null : value;
}
