using System.Net;

namespace ReturnWorkflows.Server.Tests.Localization;

/// <summary>
/// A language picked on the sign-in page becomes the person's own when they sign in, and follows them to any browser.
/// </summary>
public sealed class LanguageChoiceTests : FreshSqliteServerTests
{
    [Fact]
    public async Task Srpski_picked_before_signing_in_is_kept_for_the_person_in_every_browser()
    {
        using (var first = Server.NewClient())
        {
            var token = await Browserless.AntiForgeryTokenAsync(first);
            var picked = await first.PostAsync("/account/language", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["culture"] = "sr-Latn-RS", ["returnUrl"] = "/account/sign-in", ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
            Assert.Contains("Korisničko ime", WebUtility.HtmlDecode(await first.GetStringAsync("/account/sign-in")));
            Assert.Equal(HttpStatusCode.Redirect, (await Browserless.PostSignInAsync(first, "counsellor", Browserless.DemoPassword)).StatusCode);
            Assert.Contains("Otvorite svoje zadatke", await first.GetStringAsync("/"));
        }

        // Another browser, nothing chosen there: the person's language.
        using (var second = await Server.SignedInAsync("counsellor"))
            Assert.Contains("Otvorite svoje zadatke", await second.GetStringAsync("/"));

        using (var shared = await Server.SignedInAsync("supervisor"))
            Assert.DoesNotContain("Otvorite svoje zadatke", await shared.GetStringAsync("/")); // nobody else's language changed
    }
}
