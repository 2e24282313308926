using Microsoft.Playwright;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// What a person would have seen at a step, written by the test run into its output folder (<c>bin/…/screenshots</c>,
/// never committed) for whoever looks into a failure or checks a page by eye. Never part of an assertion.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task TakeAsync(IPage page, string name, bool fullPage = false)
    {
        Directory.CreateDirectory(Folder);
        try
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = fullPage });
        }
        catch (PlaywrightException) when (!page.IsClosed)
        {
            // Chromium refuses to capture while a page is being replaced (a form just posted): once it has loaded, again.
            await page.WaitForLoadStateAsync(LoadState.Load);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = fullPage });
        }
    }
}
