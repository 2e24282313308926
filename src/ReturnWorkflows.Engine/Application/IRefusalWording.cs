namespace ReturnWorkflows.Engine.Application;

/// <summary>
/// Puts a refusal's English texts into the language of the request being served (the server's resources do it); the
/// engine's own default leaves them in English, for callers with no language (jobs, tests).
/// </summary>
public interface IRefusalWording
{
    /// <summary>The text in the current UI culture, or <paramref name="english"/> itself when there is no translation.</summary>
    string Word(string english);
}

/// <summary>English as written: the default when no host supplies translations.</summary>
public sealed class EnglishRefusals : IRefusalWording
{
    public string Word(string english) => english;
}
