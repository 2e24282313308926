using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Benchmarks;

/// <summary>
/// How long until the designer is usable: until the editor of the shipped lifecycle shows its activities and the
/// toolbox can be opened. The server runs on the embedded default (SQLite), as a manager trying it out would run it;
/// the browser is Debian's Chromium, headless, and every round starts with a fresh browser profile (empty cache).
/// Three ways in are measured, because the browser's cache decides most of the time:
/// <list type="bullet">
/// <item>link: a manager follows a link to the editor, signs in and lands on it (timed from pressing "Sign in");
///   nothing of the Studio is cached;</item>
/// <item>home: a manager signs in, spends <see cref="HomePageSeconds"/> s on the home page (which hints the browser to
///   prefetch the Studio), then opens the editor (timed from navigating to it);</item>
/// <item>returning: the editor opened again with the cache of the link round.</item>
/// </list>
/// </summary>
internal static class DesignerLoad
{
    private const int HomePageSeconds = 3;
    private const string EditorPath = "/designer/workflows/definitions/avrr-case-lifecycle/edit";

    public static async Task RunAsync(int rounds)
    {
        var database = Path.Combine(Path.GetTempPath(), $"rw-bench-{Guid.NewGuid():N}.db");
        var port = Loopback.FreePort();
        await using var server = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("ReturnWorkflows:Database:Provider", "Sqlite");
            host.UseSetting("ReturnWorkflows:Database:ConnectionString", $"Data Source={database}");
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            host.UseSetting("ReturnWorkflows:Identity:SignInAttemptsPerAccount", "1000"); // every round signs the manager in
            host.UseContentRoot(Path.Combine(RepositoryPaths.Root, "src", "ReturnWorkflows.Server")); // appsettings.json, the designer bundle
        });
        server.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        server.StartServer();
        var baseUrl = $"http://127.0.0.1:{port}";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var link = new List<double>();
        var home = new List<double>();
        var returning = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            await using (var context = await NewProfileAsync(browser))
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync($"{baseUrl}/account/sign-in?ReturnUrl={Uri.EscapeDataString(EditorPath)}");
                var clock = await SignInAsync(page);
                link.Add(await UsableAsync(page, clock));
                clock = Stopwatch.StartNew();
                await page.GotoAsync(baseUrl + EditorPath);
                returning.Add(await UsableAsync(page, clock));
            }
            await using (var context = await NewProfileAsync(browser))
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(baseUrl + "/account/sign-in");
                await SignInAsync(page);
                await page.WaitForTimeoutAsync(HomePageSeconds * 1000);
                var clock = Stopwatch.StartNew();
                await page.GotoAsync(baseUrl + EditorPath);
                home.Add(await UsableAsync(page, clock));
            }
            Console.WriteLine($"round {round}: link {link[^1]:F0} ms, home {home[^1]:F0} ms, returning {returning[^1]:F0} ms");
        }
        Console.WriteLine($"designer interactive ({rounds} rounds, goal < 5000 ms):");
        Console.WriteLine($"  first visit from a link (sign-in, then the editor): {Percentiles.Spread(link, "ms")}");
        Console.WriteLine($"  first visit after {HomePageSeconds} s on the home page:       {Percentiles.Spread(home, "ms")}");
        Console.WriteLine($"  returning visit:                                 {Percentiles.Spread(returning, "ms")}");
        foreach (var path in new[] { database, database + "-wal", database + "-shm" }) File.Delete(path);
    }

    private static Task<IBrowserContext> NewProfileAsync(IBrowser browser) =>
        browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });

    /// <summary>Signs in as the demo manager from the open sign-in page; the clock starts as the form is sent.</summary>
    private static async Task<Stopwatch> SignInAsync(IPage page)
    {
        await page.FillAsync("input[name=UserName]", "manager");
        await page.FillAsync("input[name=Password]", "Return-Demo-2026");
        var clock = Stopwatch.StartNew();
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        return clock;
    }

    /// <summary>Milliseconds on the clock once the editor's canvas is drawn and the toolbox lists activities.</summary>
    private static async Task<double> UsableAsync(IPage page, Stopwatch clock)
    {
        await page.Locator(".x6-node").First.WaitForAsync(new() { Timeout = 60_000 });
        await page.GetByText("Primitives", new() { Exact = true }).ClickAsync(new() { Timeout = 60_000 });
        await page.Locator("[draggable=\"true\"]", new() { HasText = "Write line" }).WaitForAsync();
        return clock.Elapsed.TotalMilliseconds;
    }
}
