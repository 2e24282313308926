using Microsoft.Extensions.Localization;

namespace ReturnWorkflows.Server
{
    /// <summary>
    /// The words a case task brings from its step: the shipped step titles, the form's title and questions, the
    /// outcomes, in <c>Resources/TaskWords.&lt;culture&gt;.resx</c>, the English text being the key. In the root
    /// namespace for the same reason as <see cref="SharedResource"/>.
    /// </summary>
    public sealed class TaskWords;
}

namespace ReturnWorkflows.Server.Localization
{
    /// <summary>
    /// Shows a case task's words in the reader's language. Only a case step's (its form key begins <c>case.</c>) are
    /// ours to translate: a plain User task's title, form and outcomes are the manager's own words and stay as written.
    /// An outcome button still sends the English outcome; only its label is translated.
    /// </summary>
    public sealed class TaskText(IStringLocalizer<TaskWords> words)
    {
        public const string CaseFormPrefix = "case.";

        public string Of(string? formKey, string text) =>
            formKey?.StartsWith(CaseFormPrefix, StringComparison.Ordinal) == true ? words[text].Value : text;
    }
}
