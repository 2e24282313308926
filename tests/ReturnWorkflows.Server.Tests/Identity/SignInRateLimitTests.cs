using System.Net;

namespace ReturnWorkflows.Server.Tests.Identity;

/// <summary>Sign-in attempts are limited per address and per account, on top of the lockout, and the answer says when to come back.</summary>
public sealed class SignInRateLimitTests : IDisposable
{
    private readonly string _database = ServerFactory.NewSqliteDatabase();

    public void Dispose() => ServerFactory.DeleteSqlite(_database);

    [Fact]
    public async Task An_address_that_tries_too_often_is_told_when_to_try_again()
    {
        var settings = ServerFactory.Sqlite(_database);
        settings["ReturnWorkflows:Identity:SignInAttemptsPerAddress"] = "4";
        await using var server = new ServerFactory(settings);
        using var client = server.NewClient();

        var answers = new List<HttpResponseMessage>();
        foreach (var user in new[] { "counsellor", "supervisor", "operations", "partner", "manager" }) // a different account each time
            answers.Add(await Browserless.PostSignInAsync(client, user, "Not-The-Password-1"));

        Assert.All(answers.Take(4), a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        var refused = answers[4];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Matches("Too many sign-in attempts from this address. Try again in \\d+ (seconds|minutes).", await refused.Content.ReadAsStringAsync());
        // Reading the page is not an attempt.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task An_account_tried_too_often_is_refused_even_with_the_right_password_and_others_are_not()
    {
        var settings = ServerFactory.Sqlite(_database);
        settings["ReturnWorkflows:Identity:SignInAttemptsPerAccount"] = "2";
        await using var server = new ServerFactory(settings);
        using var client = server.NewClient();

        await Browserless.PostSignInAsync(client, "manager", "Not-The-Password-1");
        await Browserless.PostSignInAsync(client, "Manager ", "Not-The-Password-2"); // the same account however it is typed
        var third = await Browserless.PostSignInAsync(client, "manager", Browserless.DemoPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        Assert.Matches("Too many sign-in attempts for this account. Try again in \\d+ (seconds|minutes).", await third.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Browserless.PostSignInAsync(client, "supervisor", Browserless.DemoPassword)).StatusCode);
    }
}
