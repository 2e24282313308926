using System.Net;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Tests.ElsaApi;

namespace ReturnWorkflows.Server.Tests.Http;

/// <summary>Every answer carries the security headers, and each area its own Content-Security-Policy.</summary>
public sealed class SecurityHeadersTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Theory]
    [InlineData("/account/sign-in", SecurityHeaders.StaffPages)]
    [InlineData("/health", SecurityHeaders.StaffPages)]
    [InlineData("/no-such-page", SecurityHeaders.StaffPages)]
    public async Task Anonymous_answers_carry_the_headers(string path, string policy)
    {
        using var client = api.Server.NewClient();

        AssertHeaders(await client.GetAsync(path), policy);
    }

    [Fact]
    public async Task Pages_the_api_and_the_designer_each_carry_their_areas_policy()
    {
        using var manager = await api.Server.SignedInAsync("manager");

        AssertHeaders(await manager.GetAsync("/"), SecurityHeaders.StaffPages);
        AssertHeaders(await manager.GetAsync("/inbox"), SecurityHeaders.StaffPages);
        AssertHeaders(await manager.GetAsync("/designer/"), SecurityHeaders.Designer);
        AssertHeaders(await api.Manager.GetAsync("/api/me"), SecurityHeaders.StaffPages);
        AssertHeaders(await api.Manager.GetAsync("/elsa/api/workflow-definitions"), SecurityHeaders.StaffPages);
    }

    [Fact]
    public void The_staff_pages_policy_allows_nothing_inline_and_no_framing()
    {
        Assert.Contains("script-src 'self';", SecurityHeaders.StaffPages);
        Assert.DoesNotContain("unsafe", SecurityHeaders.StaffPages);
        Assert.All(new[] { SecurityHeaders.StaffPages, SecurityHeaders.Designer, SecurityHeaders.JobsDashboard },
            policy => Assert.EndsWith("frame-ancestors 'none'", policy));
    }

    private static void AssertHeaders(HttpResponseMessage response, string policy)
    {
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(policy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
