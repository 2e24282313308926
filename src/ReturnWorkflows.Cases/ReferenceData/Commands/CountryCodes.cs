namespace ReturnWorkflows.Cases.ReferenceData.Commands;

public static class CountryCodes
{
    /// <summary>Two capital letters: ISO 3166 alpha-2, or XK for Kosovo as the UN writes it.</summary>
    public static bool IsWellFormed(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper);
}
