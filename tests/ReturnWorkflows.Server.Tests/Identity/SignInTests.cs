using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Infrastructure.Identity;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Tests.Identity;

public sealed class SignInTests : IDisposable
{
    private readonly string _database = ServerFactory.NewSqliteDatabase();

    public void Dispose() => ServerFactory.DeleteSqlite(_database);

    [Fact]
    public async Task Demo_users_exist_with_their_role_and_office_and_sign_in_through_the_form()
    {
        await using var server = new ServerFactory(ServerFactory.Sqlite(_database));
        using var client = server.NewClient();

        var response = await Browserless.PostSignInAsync(client, "manager", Browserless.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await client.GetStringAsync("/");
        Assert.Contains("Signed in as manager", home);
        Assert.Contains("Demo Programme Manager · BA-SJJ", home);

        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var demo in IdentitySeeding.DemoUsers)
        {
            var user = await users.FindByNameAsync(demo.UserName);
            Assert.NotNull(user);
            Assert.Equal(demo.Office, user.Office);
            Assert.Equal([demo.Role], await users.GetRolesAsync(user));
        }
    }

    [Fact]
    public async Task Pages_redirect_to_sign_in_until_signed_in()
    {
        await using var server = new ServerFactory(ServerFactory.Sqlite(_database));
        using var client = server.NewClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in?ReturnUrl=%2F", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_the_same_words_as_an_unknown_user()
    {
        await using var server = new ServerFactory(ServerFactory.Sqlite(_database));
        using var client = server.NewClient();

        var wrong = await Browserless.PostSignInAsync(client, "manager", "Not-The-Password-1");
        var unknown = await Browserless.PostSignInAsync(client, "nobody", "Not-The-Password-1");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var wrongText = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("The user name or password is not right.", wrongText);
        Assert.Contains("The user name or password is not right.", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        await using var server = new ServerFactory(ServerFactory.Sqlite(_database));
        using var client = server.NewClient();

        for (var i = 0; i < 5; i++)
            await Browserless.PostSignInAsync(client, "counsellor", "Not-The-Password-1");
        var right = await Browserless.PostSignInAsync(client, "counsellor", Browserless.DemoPassword);

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());
        // Another account is not affected.
        Assert.Equal(HttpStatusCode.Redirect, (await Browserless.PostSignInAsync(client, "supervisor", Browserless.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_anti_forgery_token_is_refused()
    {
        await using var server = new ServerFactory(ServerFactory.Sqlite(_database));
        using var client = server.NewClient();

        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "manager", ["Password"] = Browserless.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        await using var server = new ServerFactory(ServerFactory.Sqlite(_database));
        using var client = await server.SignedInAsync("manager");
        var token = await Browserless.AntiForgeryTokenAsync(client, "/");

        var response = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/signed-out", response.Headers.Location?.OriginalString);
        Assert.Contains("You are signed out", await client.GetStringAsync("/account/signed-out"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Without_demo_users_only_the_roles_are_created()
    {
        var settings = ServerFactory.Sqlite(_database);
        settings["ReturnWorkflows:Identity:DemoUsers"] = "false";
        await using var server = new ServerFactory(settings);
        server.CreateClient().Dispose();

        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        Assert.Empty(users.Users);
        Assert.Equal(Roles.All.Order(), roles.Roles.Select(r => r.Name!).ToList().Order());
    }
}
