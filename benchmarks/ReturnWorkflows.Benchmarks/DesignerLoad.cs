using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Benchmarks;

/// <summary>
/// How long until the designer is usable: from navigating to the editor of the shipped lifecycle until its canvas
/// shows the activities and the toolbox can be opened. The server runs on the embedded default (SQLite), as a
/// manager trying it out would run it; the browser is Debian's Chromium, headless. Each round opens a fresh browser
/// profile (a first visit: empty cache, the precompressed bundle downloads) and then opens the editor again with that
/// cache (a returning user).
/// </summary>
internal static class DesignerLoad
{
    public static async Task RunAsync(int rounds)
    {
        var database = Path.Combine(Path.GetTempPath(), $"rw-bench-{Guid.NewGuid():N}.db");
        var port = Loopback.FreePort();
        await using var server = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("ReturnWorkflows:Database:Provider", "Sqlite");
            host.UseSetting("ReturnWorkflows:Database:ConnectionString", $"Data Source={database}");
            host.UseSetting("Logging:LogLevel:Default", "Warning");
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
        // Each round: a fresh browser profile (empty cache, as a first visit), then a second visit with that cache.
        var firstVisits = new List<double>();
        var returningVisits = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            var page = await context.NewPageAsync();
            await SignInAsync(page, baseUrl);
            firstVisits.Add(await OpenEditorAsync(page, baseUrl));
            returningVisits.Add(await OpenEditorAsync(page, baseUrl));
            Console.WriteLine($"round {round}: first visit {firstVisits[^1]:F0} ms, returning {returningVisits[^1]:F0} ms");
        }
        Console.WriteLine($"designer interactive ({rounds} rounds): first visit (empty cache) {Percentiles.Spread(firstVisits, "ms")}; returning {Percentiles.Spread(returningVisits, "ms")}; goal < 5000 ms");
        foreach (var path in new[] { database, database + "-wal", database + "-shm" }) File.Delete(path);
    }

    private static async Task SignInAsync(IPage page, string baseUrl)
    {
        await page.GotoAsync(baseUrl + "/account/sign-in");
        await page.FillAsync("input[name=UserName]", "manager");
        await page.FillAsync("input[name=Password]", "Return-Demo-2026");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
    }

    /// <summary>Milliseconds from navigating to the editor until its canvas is drawn and the toolbox lists activities.</summary>
    private static async Task<double> OpenEditorAsync(IPage page, string baseUrl)
    {
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(baseUrl + "/designer/workflows/definitions/avrr-case-lifecycle/edit");
        await page.Locator(".x6-node").First.WaitForAsync(new() { Timeout = 60_000 });
        await page.GetByText("Primitives", new() { Exact = true }).ClickAsync(new() { Timeout = 60_000 });
        await page.Locator("[draggable=\"true\"]", new() { HasText = "Write line" }).WaitForAsync();
        return clock.Elapsed.TotalMilliseconds;
    }
}
