using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Server.Localization;

/// <summary>
/// The one place refusals are translated (<see cref="IRefusalWording"/>): a text is looked up as it is, or matched
/// against the keys with placeholders (<c>Task '{0}' does not exist.</c>), whose values are carried over unchanged.
/// A text with no entry stays English, and so does one already translated: rewording twice changes nothing.
/// The table is read once per language from <see cref="ApiMessages"/>' resources.
/// </summary>
public sealed partial class RefusalWording(IStringLocalizerFactory localizers) : IRefusalWording
{
    private readonly ConcurrentDictionary<string, Table> _tables = new();

    public string Word(string english)
    {
        if (string.IsNullOrEmpty(english)) return english;
        var table = _tables.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => Read());
        if (table.Exact.TryGetValue(english, out var exact)) return exact;
        foreach (var template in table.Templates)
        {
            var match = template.Pattern.Match(english);
            if (match.Success)
                return string.Format(CultureInfo.CurrentCulture, template.Translation,
                    template.Slots.Select(slot => (object)Value(table, match.Groups["v" + slot].Value)).ToArray());
        }
        return english;
    }

    /// <summary>
    /// A value carried into a template: an id or a name stays as it is; a phrase with its own entry (the unmet gates of
    /// "… cannot be recorded yet: {0}.", joined by "; ") is translated too.
    /// </summary>
    private static string Value(Table table, string value) =>
        table.Exact.TryGetValue(value, out var words) ? words
        : value.Contains("; ", StringComparison.Ordinal) ? string.Join("; ", value.Split("; ").Select(part => table.Exact.GetValueOrDefault(part, part)))
        : value;

    /// <summary>Translates a refusal in place (its type, kind and field names stay).</summary>
    public void Reword(CommandFailedException refused) => refused.Reword(Word);

    private Table Read()
    {
        var exact = new Dictionary<string, string>(StringComparer.Ordinal);
        var templates = new List<Template>();
        IEnumerable<LocalizedString> entries;
        try
        {
            // Only the current language's own file: English has none, and its keys are the texts themselves.
            entries = localizers.Create(typeof(ApiMessages)).GetAllStrings(includeParentCultures: false).ToList();
        }
        catch (System.Resources.MissingManifestResourceException)
        {
            entries = [];
        }
        foreach (var entry in entries)
        {
            if (Placeholder().IsMatch(entry.Name)) templates.Add(Template.Of(entry.Name, entry.Value));
            else exact[entry.Name] = entry.Value;
        }
        // The most specific first: the template with the most fixed text wins.
        return new Table(exact, templates.OrderByDescending(t => t.FixedLength).ToList());
    }

    private sealed record Table(IReadOnlyDictionary<string, string> Exact, IReadOnlyList<Template> Templates);

    private sealed record Template(Regex Pattern, string Translation, IReadOnlyList<int> Slots, int FixedLength)
    {
        public static Template Of(string key, string translation)
        {
            var pattern = new StringBuilder("^");
            var slots = new List<int>();
            var at = 0;
            var fixedLength = 0;
            foreach (Match slot in Placeholder().Matches(key))
            {
                pattern.Append(Regex.Escape(key[at..slot.Index]));
                fixedLength += slot.Index - at;
                var number = int.Parse(slot.Groups[1].Value, CultureInfo.InvariantCulture);
                // A value named twice must be the same text both times.
                pattern.Append(slots.Contains(number) ? $@"\k<v{number}>" : $"(?<v{number}>.+?)");
                if (!slots.Contains(number)) slots.Add(number);
                at = slot.Index + slot.Length;
            }
            pattern.Append(Regex.Escape(key[at..])).Append('$');
            fixedLength += key.Length - at;
            var count = slots.Count == 0 ? 0 : slots.Max() + 1;
            return new Template(new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant), translation,
                Enumerable.Range(0, count).ToList(), fixedLength);
        }
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}

/// <summary>For a page that refuses input itself, before any command runs (a date it cannot read, say).</summary>
public static class RefusalWordingExtensions
{
    /// <summary>The refusal with its texts in the request's language (in place; the same exception).</summary>
    public static CommandFailedException InLanguageOf(this CommandFailedException refused, HttpContext context)
    {
        context.RequestServices.GetRequiredService<RefusalWording>().Reword(refused);
        return refused;
    }
}
