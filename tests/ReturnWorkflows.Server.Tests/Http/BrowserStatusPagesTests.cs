using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Tests.ElsaApi;

namespace ReturnWorkflows.Server.Tests.Http;

/// <summary>A browser asking for a page gets our status page, never problem details; API clients still get those.</summary>
public sealed class BrowserStatusPagesTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task A_missing_page_is_our_not_found_page_for_a_browser_and_problem_details_for_a_client()
    {
        using var manager = await api.Server.SignedInAsync("manager");

        var page = await GetAsync(manager, "/no-such-page", BrowserAccept);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Page not found</h1>", html);
        Assert.Contains("Demo Programme Manager · BA-SJJ", html); // in the shell, with the navigation and sign-out
        Assert.Equal(SecurityHeaders.StaffPages, page.Headers.GetValues("Content-Security-Policy").Single());

        var client = await GetAsync(manager, "/no-such-page", "application/json");
        Assert.Equal(HttpStatusCode.NotFound, client.StatusCode);
        Assert.Equal("application/problem+json", client.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_addresses_answer_problem_details_even_to_a_browser()
    {
        var answer = await GetAsync(api.Manager, "/api/tasks/no-such-task", BrowserAccept);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_status_pages_open_without_signing_in_and_answer_with_their_status()
    {
        using var nobody = api.Server.NewClient();

        var notFound = await GetAsync(nobody, "/status/404", BrowserAccept);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await notFound.Content.ReadAsStringAsync());
        var forbidden = await GetAsync(nobody, "/status/403", BrowserAccept);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("<h1>Not allowed</h1>", await forbidden.Content.ReadAsStringAsync());
        // Not signed in, a missing page is first of all a page to sign in for (nothing is told about what exists).
        var missing = await GetAsync(nobody, "/no-such-page", BrowserAccept);
        Assert.Equal(HttpStatusCode.Redirect, missing.StatusCode);
        Assert.Contains("/account/sign-in", missing.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_failure_is_our_error_page_for_a_browser_and_bare_problem_details_for_a_client()
    {
        // The shell's bell reads the notification store on every page: a broken store fails the home page.
        await using var broken = api.Server.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.AddScoped<INotificationStore, FailingNotificationStore>()));
        using var counsellor = await SignedInAsync(broken, "counsellor");

        var page = await GetAsync(counsellor, "/", BrowserAccept);
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Something went wrong</h1>", html);
        Assert.DoesNotContain("FailingNotificationStore", html); // nothing about the internals
        Assert.Equal(SecurityHeaders.StaffPages, page.Headers.GetValues("Content-Security-Policy").Single());

        var client = await GetAsync(counsellor, "/", "application/json");
        Assert.Equal(HttpStatusCode.InternalServerError, client.StatusCode);
        Assert.Equal("application/problem+json", client.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("FailingNotificationStore", await client.Content.ReadAsStringAsync());
    }

    private static async Task<HttpClient> SignedInAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> server, string userName)
    {
        var client = server.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await Browserless.PostSignInAsync(client, userName, Browserless.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return client.SendAsync(request);
    }

    private sealed class FailingNotificationStore : INotificationStore
    {
        public void Add(IEnumerable<Notification> notifications) => throw Failure();
        public Task<IReadOnlyList<Notification>> ListAsync(string userName, bool unreadOnly, int skip, int take, CancellationToken cancellationToken) => throw Failure();
        public Task<int> CountUnreadAsync(string userName, CancellationToken cancellationToken) => throw Failure();
        public Task<int> MarkReadAsync(string userName, IReadOnlyCollection<string> ids, DateTime now, CancellationToken cancellationToken) => throw Failure();
        private static InvalidOperationException Failure() => new("FailingNotificationStore: the store is down.");
    }
}
