using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// The real server listening on a loopback port (Kestrel, not the in-memory test server, so a browser can reach it),
/// on its own PostgreSQL database, and one headless Chromium: Debian's, never a downloaded one.
/// </summary>
public class DesignerServer : IAsyncLifetime
{
    public const string ApiKey = "browser-tests-administrator-key-0123456789";
    public const string DemoPassword = "Return-Demo-2026";

    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public IServiceProvider Services => _factory!.Services;

    /// <summary>Whether the server opens the demo cases on its first start, as the embedded default does.</summary>
    protected virtual bool WithDemoCases => false;

    public async Task InitializeAsync()
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("rw_browser");
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("ReturnWorkflows:Database:Provider", "PostgreSql");
            host.UseSetting("ReturnWorkflows:Database:ConnectionString", connectionString);
            host.UseSetting("ReturnWorkflows:ApiKey", ApiKey);
            host.UseSetting("ReturnWorkflows:Identity:DemoUsers", "true");
            // The case tests start from an empty case list; the demo's own test from the demo cases.
            host.UseSetting("ReturnWorkflows:Demo:Cases", WithDemoCases ? "true" : "false");
            // The tests sign in far more often than people, from one address.
            host.UseSetting("ReturnWorkflows:Identity:SignInAttemptsPerAddress", "10000");
            host.UseSetting("ReturnWorkflows:Identity:SignInAttemptsPerAccount", "1000");
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _factory.StartServer();

        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) signed in through the sign-in form.</summary>
    /// <remarks>The issues' journeys are tried at 1600×1000; older tests keep the window they were written for.</remarks>
    public async Task<IPage> SignInAsync(string userName, int width = 1400, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        // Generous waits: CI runs the other test assemblies beside this one on two cores.
        context.SetDefaultTimeout(60_000);
        await WatchPolicyViolationsAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/account/sign-in");
        await page.FillAsync("input[name=UserName]", userName);
        await page.FillAsync("input[name=Password]", DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        return page;
    }

    /// <summary>
    /// Every Content-Security-Policy violation any page reported since the current test began (what, and on which
    /// page); <see cref="FailOnPolicyViolationsAttribute"/> fails the test that caused one.
    /// </summary>
    public static System.Collections.Concurrent.ConcurrentQueue<string> PolicyViolations { get; } = new();

    // Each area's policy must be one the pages really work under: a page that trips it is a failure of the run.
    private static async Task WatchPolicyViolationsAsync(IBrowserContext context)
    {
        await context.ExposeBindingAsync("rwPolicyViolation", (BindingSource source, string violation) =>
            PolicyViolations.Enqueue($"{violation} on {source.Page?.Url}"));
        // Chromium also reports every refusal on the console, including those the event does not reach (a script
        // element evaluated before it is in the document): both are listened to.
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                PolicyViolations.Enqueue($"{message.Text} on {message.Page?.Url}");
        };
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.rwPolicyViolation(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));");
    }

    public HttpClient ApiClient()
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApiKey", ApiKey);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
