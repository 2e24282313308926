using System.Net;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Server.Tests.Identity;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.Operations;

/// <summary>Who opens the Hangfire dashboard at /operations/jobs, and that its forms need the anti-forgery token.</summary>
public sealed class JobsDashboardTests : FreshSqliteServerTests
{
    [Theory]
    [InlineData("admin")]
    [InlineData("manager")]
    public async Task Administrators_and_programme_managers_see_it_and_the_navigation_links_it(string userName)
    {
        using var client = await Server.SignedInAsync(userName);

        var dashboard = await client.GetAsync("/operations/jobs");
        var recurring = await client.GetStringAsync("/operations/jobs/recurring");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("ReturnWorkflows · scheduled jobs", await dashboard.Content.ReadAsStringAsync());
        Assert.Contains("timer-recovery", recurring);
        Assert.Contains("href=\"/operations/jobs\"", await client.GetStringAsync("/inbox"));
    }

    [Fact]
    public async Task A_timer_is_a_scheduled_job_named_for_what_it_is_and_never_for_its_task_title()
    {
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Send(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.CounsellingWithReminders("BA-SJJ")), Publish: true));
            await mediator.Send(new StartWorkflow("reminded"));
        }
        using var client = await Server.SignedInAsync("manager");

        var scheduled = WebUtility.HtmlDecode(await client.GetStringAsync("/operations/jobs/jobs/scheduled"));

        Assert.Contains("Reminder 1 · Counselling session · Counselling decision · BA-SJJ", scheduled);
        Assert.Contains("Escalation · Counselling session · Counselling decision · BA-SJJ", scheduled);
        Assert.DoesNotContain("Amra", scheduled);
    }

    [Theory]
    [InlineData("supervisor")]
    [InlineData("counsellor")]
    public async Task Nobody_else_gets_in_nor_sees_the_link(string userName)
    {
        using var client = await Server.SignedInAsync(userName);

        var dashboard = await client.GetAsync("/operations/jobs");

        Assert.NotEqual(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.DoesNotContain("ReturnWorkflows · scheduled jobs", await dashboard.Content.ReadAsStringAsync());
        Assert.DoesNotContain("href=\"/operations/jobs\"", await client.GetStringAsync("/inbox"));
    }

    [Fact]
    public async Task An_administrators_API_key_or_bearer_token_does_not_open_it()
    {
        var key = await ApiCredentialTestsSupport.NewStoredKey(Server, ReturnWorkflows.Cases.Access.Roles.Administrator);
        using var withKey = Server.WithApiKey(key);
        using var withToken = await Server.WithAccessTokenAsync("admin");

        foreach (var client in new[] { withKey, withToken })
        {
            var response = await client.GetAsync("/operations/jobs");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode); // to the sign-in page: only the cookie counts
            Assert.Contains("/account/sign-in", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task Its_forms_are_refused_without_the_anti_forgery_token()
    {
        using var client = await Server.SignedInAsync("admin");

        static FormUrlEncodedContent TriggerSweep() => new(new Dictionary<string, string> { ["jobs[]"] = "overdue-sweep" });

        var withoutToken = await client.PostAsync("/operations/jobs/recurring/trigger", TriggerSweep());
        // The dashboard's own script sends the token from its page's meta tags in a header.
        var page = await client.GetStringAsync("/operations/jobs/recurring");
        using var withToken = new HttpRequestMessage(HttpMethod.Post, "/operations/jobs/recurring/trigger") { Content = TriggerSweep() };
        withToken.Headers.Add(Meta(page, "csrf-header"), Meta(page, "csrf-token"));
        var accepted = await client.SendAsync(withToken);

        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
        Assert.True(accepted.IsSuccessStatusCode, $"with the token: {(int)accepted.StatusCode}");
    }

    private static string Meta(string html, string name) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, $"<meta name=\"{name}\" content=\"([^\"]+)\"").Groups[1].Value);
}
