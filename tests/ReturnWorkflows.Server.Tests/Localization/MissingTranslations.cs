using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ReturnWorkflows.Server.Tests.Localization;

/// <summary>
/// Wraps the server's localizer factory and notes every text asked for in Serbian that the resources did not have
/// (<see cref="LocalizedString.ResourceNotFound"/>: the page then showed the English key). Both the pages' view
/// localizers and <c>IStringLocalizer&lt;SharedResource&gt;</c> are made by this factory, so nothing escapes it.
/// </summary>
public sealed class MissingTranslations(IStringLocalizerFactory inner) : IStringLocalizerFactory
{
    public const string Culture = "sr-Latn-RS";

    public ConcurrentDictionary<string, byte> Missing { get; } = new();

    public IStringLocalizer Create(Type resourceSource) => new Recording(inner.Create(resourceSource), resourceSource.Name, this);

    public IStringLocalizer Create(string baseName, string location) => new Recording(inner.Create(baseName, location), baseName, this);

    private void Note(string resource, LocalizedString text)
    {
        if (text.ResourceNotFound && CultureInfo.CurrentUICulture.Name == Culture) Missing.TryAdd($"{resource}: \"{text.Name}\"", 0);
    }

    private sealed class Recording(IStringLocalizer inner, string resource, MissingTranslations owner) : IStringLocalizer
    {
        public LocalizedString this[string name] => Seen(inner[name]);
        public LocalizedString this[string name, params object[] arguments] => Seen(inner[name, arguments]);
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Seen(LocalizedString text)
        {
            owner.Note(resource, text);
            return text;
        }
    }
}
