using System.Text.Json.Nodes;
using System.Net;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Infrastructure.Identity;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Tests.Identity;

/// <summary>API keys and the designer's bearer tokens, against <c>/api/me</c>, which only says who is calling.</summary>
public sealed class ApiCredentialTests : IDisposable
{
    private const string ConfiguredKey = "configured-administrator-key-0123456789abcdef";
    private readonly string _database = ServerFactory.NewSqliteDatabase();

    public void Dispose() => ServerFactory.DeleteSqlite(_database);

    private ServerFactory NewServer()
    {
        var settings = ServerFactory.Sqlite(_database);
        settings["ReturnWorkflows:ApiKey"] = ConfiguredKey;
        return new ServerFactory(settings);
    }

    [Fact]
    public async Task The_configured_key_acts_as_an_administrator()
    {
        await using var server = NewServer();
        using var client = server.WithApiKey(ConfiguredKey);

        var me = await client.GetJsonAsync("/api/me");

        Assert.Equal("apikey:configured", (string?)me["id"]);
        Assert.Equal(["Administrator"], me["roles"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public async Task A_stored_key_is_found_by_its_hash_and_stops_working_when_revoked()
    {
        await using var server = NewServer();
        var key = ApiKeyHashing.NewKey();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
            db.ApiKeys.Add(new ApiKey
            {
                Id = "k1", Name = "case import", KeyHash = ApiKeyHashing.Hash(key), Prefix = key[..ApiKeyHashing.PrefixLength],
                Role = Roles.OperationsOfficer, Office = "RS-BEG", CreatedBy = "test", CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            // Only the hash is kept: the key itself appears nowhere in the table.
            Assert.DoesNotContain(await db.ApiKeys.Select(k => k.KeyHash + k.Prefix + k.Name).ToListAsync(), text => text.Contains(key));
        }
        using var client = server.WithApiKey(key);

        var me = await client.GetJsonAsync("/api/me");
        Assert.Equal("apikey:k1", (string?)me["id"]);
        Assert.Equal("RS-BEG", (string?)me["office"]);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
            await db.ApiKeys.Where(k => k.Id == "k1").ExecuteUpdateAsync(k => k.SetProperty(x => x.RevokedAt, DateTime.UtcNow));
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Theory]
    [InlineData("ApiKey not-a-key")]
    [InlineData("ApiKey ")]
    [InlineData("Basic bWFuYWdlcjpSZXR1cm4tRGVtby0yMDI2")]
    [InlineData("Bearer forged-token")]
    public async Task Unknown_credentials_get_401(string header)
    {
        await using var server = NewServer();
        using var client = server.NewClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task The_api_does_not_accept_the_sign_in_cookie()
    {
        await using var server = NewServer();
        using var browser = await server.SignedInAsync("admin");

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_designer_user_gets_a_short_lived_bearer_token_that_expires()
    {
        await using var server = NewServer();
        using var client = await server.WithAccessTokenAsync("manager");

        var me = await client.GetJsonAsync("/api/me");
        Assert.Equal(["ProgrammeManager"], me["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Equal("BA-SJJ", (string?)me["office"]);

        // The same token, issued as if sixteen minutes ago (the lifetime is fifteen), is refused.
        var tokens = new AccessTokens(server.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>(),
            server.Services.GetRequiredService<IOptions<IdentitySettings>>(), new Testing.ManualTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-16)));
        var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "x")], "test"));
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.Issue(principal).Token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_counsellors_token_opens_the_task_api_but_not_the_designer_api()
    {
        await using var server = NewServer();
        using var browser = await server.SignedInAsync("counsellor");
        var token = JsonNode.Parse(await browser.GetStringAsync("/account/access-token"))!["accessToken"]!.GetValue<string>();
        using var api = server.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/tasks?view=mine")).StatusCode);
        // A bearer token proves who is asking; the Elsa API still refuses the role.
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/elsa/api/workflow-definitions")).StatusCode);
    }

    [Fact]
    public async Task A_too_short_configured_key_stops_the_start_naming_the_setting()
    {
        var settings = ServerFactory.Sqlite(_database);
        settings["ReturnWorkflows:ApiKey"] = "short";
        await using var server = new ServerFactory(settings);

        var error = Assert.ThrowsAny<Exception>(() => server.CreateClient());
        Assert.Contains("ReturnWorkflows:ApiKey is too short", error.ToString());
    }
}
