using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReturnWorkflows.Server.Tests.Cases;

namespace ReturnWorkflows.Server.Tests.Identity;

/// <summary>
/// Administrators make the people who sign in: a production install starts with no user but the administrator API
/// key, which creates the first administrator; administrators then create, change, deactivate and reactivate users.
/// </summary>
public sealed class UserAdministrationTests : IAsyncLifetime
{
    private const string AdminKey = "production-administrator-key-0123456789-abcdef";
    private const string Password = "Sarajevo-Spring-2027";
    private readonly string _database = ServerFactory.NewSqliteDatabase();
    private ServerFactory _server = null!;

    public Task InitializeAsync()
    {
        var settings = ServerFactory.Sqlite(_database);
        settings["ReturnWorkflows:Identity:DemoUsers"] = "false";
        settings["ReturnWorkflows:ApiKey"] = AdminKey;
        _server = new ServerFactory(settings);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_administrator_key_creates_the_first_administrator_who_then_signs_in_and_makes_a_counsellor()
    {
        var key = _server.WithApiKey(AdminKey);
        Assert.Empty((await key.GetJsonAsync("/api/users")).AsArray());

        var created = await key.PostAsJsonAsync("/api/users", NewUser("amra.admin", "Administrator"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/users/amra.admin", created.Headers.Location?.OriginalString);

        using var browser = _server.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await Browserless.PostSignInAsync(browser, "amra.admin", Password)).StatusCode);
        var admin = await TokenClientAsync("amra.admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/users", NewUser("edin.counsellor", "Counsellor"))).StatusCode);

        var listed = (await admin.GetJsonAsync("/api/users")).AsArray();
        var counsellor = Assert.Single(listed, u => (string?)u!["userName"] == "edin.counsellor")!;
        Assert.Equal(("Edin Counsellor", "BA-SJJ", true), ((string?)counsellor["displayName"], (string?)counsellor["office"], (bool)counsellor["active"]!));
        Assert.Equal(["Counsellor"], counsellor["roles"]!.AsArray().Select(r => (string)r!));
        Assert.DoesNotContain("PasswordHash", listed.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        // The counsellor may work, but not make users.
        var edin = await TokenClientAsync("edin.counsellor");
        Assert.Equal(HttpStatusCode.Forbidden, (await edin.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await edin.PostAsJsonAsync("/api/users", NewUser("someone", "Administrator"))).StatusCode);
    }

    [Fact]
    public async Task A_bad_user_is_refused_naming_each_field_and_nothing_is_created()
    {
        var key = _server.WithApiKey(AdminKey);
        var bad = NewUser("bad.user", "Wizard");
        bad["office"] = "XX-NOWHERE";
        bad["password"] = "short";
        bad["displayName"] = " ";

        var response = await key.PostAsJsonAsync("/api/users", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["displayName", "office", "roles"], errors.Select(e => e.Key).Order());
        var weak = await key.PostAsJsonAsync("/api/users", NewUser("bad.user", "Counsellor").Also(u => u["password"] = "short"));
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.NotNull((await weak.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["password"]);
        Assert.Equal(HttpStatusCode.NotFound, (await key.GetAsync("/api/users/bad.user")).StatusCode);
        Assert.Empty((await key.GetJsonAsync("/api/users")).AsArray());

        await key.PostAsJsonAsync("/api/users", NewUser("taken", "Counsellor"));
        Assert.Equal(HttpStatusCode.Conflict, (await key.PostAsJsonAsync("/api/users", NewUser("taken", "Supervisor"))).StatusCode);
        Assert.Equal(["Counsellor"], (await key.GetJsonAsync("/api/users/taken"))["roles"]!.AsArray().Select(r => (string)r!));
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in_until_reactivated_and_changes_and_passwords_take_effect()
    {
        var key = _server.WithApiKey(AdminKey);
        await key.PostAsJsonAsync("/api/users", NewUser("lejla", "Counsellor"));
        await key.PostAsJsonAsync("/api/users", NewUser("chief", "Administrator"));

        var changed = await key.PutAsJsonAsync("/api/users/lejla", new { displayName = "Lejla H.", email = "", office = "RS-BEG", roles = new[] { "Supervisor" } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var me = await (await TokenClientAsync("lejla")).GetJsonAsync("/api/me");
        Assert.Contains("RS-BEG", me.ToJsonString());
        Assert.Contains("Supervisor", me.ToJsonString());

        Assert.False((bool)(await (await key.PostAsync("/api/users/lejla/deactivate", null)).Content.ReadFromJsonAsync<JsonObject>())!["active"]!);
        using (var refused = _server.NewClient())
        {
            var page = await Browserless.PostSignInAsync(refused, "lejla", Password);
            Assert.NotEqual(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("This account has been deactivated", await page.Content.ReadAsStringAsync());
            // With a wrong password it is an ordinary lockout: deactivation is said only to whoever knows the password.
            var guess = await Browserless.PostSignInAsync(refused, "lejla", "Wrong-Password-2026");
            Assert.DoesNotContain("deactivated", await guess.Content.ReadAsStringAsync());
            Assert.Contains("locked", await guess.Content.ReadAsStringAsync());
        }

        await key.PostAsync("/api/users/lejla/activate", null);
        var weak = await key.PostAsJsonAsync("/api/users/lejla/password", new { password = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.NotNull((await weak.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["password"]);
        using (var kept = _server.NewClient()) // the refused reset kept the old password
            Assert.Equal(HttpStatusCode.Redirect, (await Browserless.PostSignInAsync(kept, "lejla", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await key.PostAsJsonAsync("/api/users/lejla/password", new { password = "Belgrade-Autumn-2027" })).StatusCode);
        using (var old = _server.NewClient())
            Assert.NotEqual(HttpStatusCode.Redirect, (await Browserless.PostSignInAsync(old, "lejla", Password)).StatusCode);
        using (var renewed = _server.NewClient())
            Assert.Equal(HttpStatusCode.Redirect, (await Browserless.PostSignInAsync(renewed, "lejla", "Belgrade-Autumn-2027")).StatusCode);

        // An administrator cannot lock themselves out by mistake.
        var chief = await TokenClientAsync("chief");
        var self = await chief.PostAsync("/api/users/chief/deactivate", null);
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.NotNull((await self.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["userName"]);
        Assert.True((bool)(await key.GetJsonAsync("/api/users/chief"))["active"]!);
    }

    private static JsonObject NewUser(string userName, string role) => new()
    {
        ["userName"] = userName,
        ["displayName"] = string.Join(' ', userName.Split('.').Select(p => char.ToUpperInvariant(p[0]) + p[1..])),
        ["email"] = $"{userName}@example.org",
        ["office"] = "BA-SJJ",
        ["roles"] = new JsonArray(role),
        ["password"] = Password,
    };

    private async Task<HttpClient> TokenClientAsync(string userName)
    {
        using var browser = _server.NewClient();
        if ((await Browserless.PostSignInAsync(browser, userName, Password)).StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"{userName} could not sign in.");
        return await TokenFromAsync(browser);
    }

    private async Task<HttpClient> TokenFromAsync(HttpClient browser)
    {
        var token = JsonNode.Parse(await browser.GetStringAsync("/account/access-token"))!["accessToken"]!.GetValue<string>();
        var client = _server.NewClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        ServerFactory.DeleteSqlite(_database);
    }
}
