using System.Net;
using System.Text.RegularExpressions;

namespace ReturnWorkflows.Server.Tests.Identity;

/// <summary>
/// The user pages as an administrator uses them in a browser (cookie, forms, anti-forgery): add a user, see them in
/// the list, change their roles, deactivate them; a refused form names its field and writes nothing; nobody else
/// sees the pages or the link.
/// </summary>
public sealed class UserPagesTests : FreshSqliteServerTests
{
    private const string Password = "Mostar-Summer-2027";

    [Fact]
    public async Task An_administrator_adds_a_user_changes_their_roles_and_deactivates_them()
    {
        using var admin = await Server.SignedInAsync("admin");
        Assert.Contains("href=\"/admin/users\"", await admin.GetStringAsync("/"));
        var list = await admin.GetStringAsync("/admin/users");
        Assert.Contains(">counsellor.belgrade</a>", list);

        // A weak password: the field says why, the name typed stays, and no user exists.
        var weak = await PostAsync(admin, "/admin/users/new", NewUser("selma.k", "short"));
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var weakPage = WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync());
        Assert.Contains("id=\"Password-error\"", weakPage);
        Assert.Contains("value=\"selma.k\"", weakPage);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/users/selma.k")).StatusCode);
        // No role: said beside the roles.
        var noRole = NewUser("selma.k", Password);
        noRole.RemoveAll(f => f.Key == "Roles");
        Assert.Contains("id=\"roles-error\"", await (await PostAsync(admin, "/admin/users/new", noRole)).Content.ReadAsStringAsync());

        var created = await PostAsync(admin, "/admin/users/new", NewUser("selma.k", Password));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("selma.k can sign in now.", await admin.GetStringAsync("/admin/users"));
        using (var selma = Server.NewClient())
            Assert.Equal(HttpStatusCode.Redirect, (await Browserless.PostSignInAsync(selma, "selma.k", Password)).StatusCode);

        // Roles changed to Supervisor at Belgrade: the page shows them checked.
        var changed = await PostAsync(admin, "/admin/users/selma.k", [new("DisplayName", "Selma K."), new("Email", ""), new("Office", "RS-BEG"), new("Roles", "Supervisor")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var page = await admin.GetStringAsync("/admin/users/selma.k");
        Assert.Contains("selma.k is saved.", page);
        Assert.Matches(CheckedRole("Supervisor"), page);
        Assert.DoesNotMatch(CheckedRole("Counsellor"), page);
        Assert.Contains("<option value=\"RS-BEG\" selected=\"selected\">", page);

        var deactivated = await PostAsync(admin, "/admin/users/selma.k?handler=Active", [new("active", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.Contains("Deactivated", await admin.GetStringAsync("/admin/users"));
        using (var selma = Server.NewClient())
            Assert.NotEqual(HttpStatusCode.Redirect, (await Browserless.PostSignInAsync(selma, "selma.k", Password)).StatusCode);

        // An administrator cannot deactivate themselves: said on the page, nothing changed.
        var self = await PostAsync(admin, "/admin/users/admin?handler=Active", [new("active", "false")]);
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("You cannot deactivate yourself", await self.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Nobody_but_an_administrator_sees_the_user_pages_or_their_link()
    {
        foreach (var userName in new[] { "manager", "supervisor", "counsellor" })
        {
            using var client = await Server.SignedInAsync(userName);
            Assert.DoesNotContain("/admin/users", await client.GetStringAsync("/"));
            foreach (var page in new[] { "/admin/users", "/admin/users/new", "/admin/users/counsellor" })
            {
                var refused = await client.GetAsync(page);
                Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode); // the cookie's answer to a refusal: the denied page
                Assert.StartsWith("/account/denied", refused.Headers.Location?.PathAndQuery ?? refused.Headers.Location?.OriginalString);
            }
        }
        using var admin = await Server.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/users/nobody-by-this-name")).StatusCode);
    }

    private static List<KeyValuePair<string, string>> NewUser(string userName, string password) =>
    [
        new("UserName", userName), new("DisplayName", "Selma Kovač"), new("Email", "selma@example.org"),
        new("Office", "BA-SJJ"), new("Roles", "Counsellor"), new("Password", password),
    ];

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, List<KeyValuePair<string, string>> fields)
    {
        var token = await Browserless.AntiForgeryTokenAsync(client, url.Split('?')[0] is var page && page.EndsWith("/new") ? page : "/admin/users/new");
        return await client.PostAsync(url, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    private static Regex CheckedRole(string role) => new($"value=\"{role}\" id=\"role-{role}\" checked=\"checked\"");
}
