using System.Text.RegularExpressions;

namespace ReturnWorkflows.Cases.Access;

/// <summary>
/// Office codes: the country's two letters and the place's three (<c>BA-SJJ</c> Sarajevo). They start every case number
/// and are what users, task queues and calendars name; the offices themselves are reference data.
/// </summary>
public static partial class OfficeCodes
{
    public const string Sarajevo = "BA-SJJ";
    public const string Belgrade = "RS-BEG";
    public const string Islamabad = "PK-ISB";

    public static bool IsWellFormed(string? code) => code is not null && Shape().IsMatch(code);

    /// <summary>The country part (<c>BA</c>); XK for Kosovo is not ISO but is used by the UN, so it is accepted like any other.</summary>
    public static string CountryOf(string code) => code[..2];

    [GeneratedRegex("^[A-Z]{2}-[A-Z]{3}$")]
    private static partial Regex Shape();
}
