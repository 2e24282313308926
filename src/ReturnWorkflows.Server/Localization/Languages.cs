using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace ReturnWorkflows.Server.Localization;

/// <summary>
/// The languages our pages and API speak, and how a person's choice is kept: the framework's culture cookie (read by
/// <see cref="RequestLocalizationMiddleware"/>) and the user's profile (applied at sign-in, so it follows them to
/// another browser). A language is added here and by its resource files (README, "Languages").
/// </summary>
public static class Languages
{
    public const string English = "en";
    public const string Serbian = "sr-Latn-RS";

    /// <summary>Each culture with its name in its own language, as the language switch shows it.</summary>
    public static readonly IReadOnlyList<(string Culture, string Name)> Supported = [(English, "English"), (Serbian, "Srpski")];

    public static bool IsSupported(string? culture) => Supported.Any(l => string.Equals(l.Culture, culture, StringComparison.OrdinalIgnoreCase));

    public static IServiceCollection AddReturnWorkflowsLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        // Refusals (validators, the domain, the task engine) in the request's language: Resources/ApiMessages.*.resx.
        services.AddSingleton<RefusalWording>();
        services.AddSingleton<ReturnWorkflows.Engine.Application.IRefusalWording>(s => s.GetRequiredService<RefusalWording>());
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Supported.Select(l => new CultureInfo(l.Culture)).ToList();
            options.DefaultRequestCulture = new RequestCulture(English);
            options.SupportedCultures = cultures; // dates and numbers
            options.SupportedUICultures = cultures; // texts
            // The person's choice (cookie) first, then the browser's languages; no culture in addresses.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>
    /// Set while signed out when the person picks a language (on the sign-in page, say): signing in then keeps that
    /// choice on their user, where an older culture cookie alone would give way to the one their user has.
    /// </summary>
    public const string ChosenSignedOutCookie = "rw-language-chosen";

    /// <summary>Sets the culture cookie for a year; the next request is served in that language.</summary>
    public static void Remember(HttpResponse response, string culture) =>
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax,
                Secure = response.HttpContext.Request.IsHttps,
            });
}
