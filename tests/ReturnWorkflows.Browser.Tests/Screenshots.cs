using Microsoft.Playwright;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// What a person would have seen at a step, kept in the temp folder (rw-browser-screenshots) for whoever looks into a
/// failure or checks a page by eye. Never part of an assertion.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "rw-browser-screenshots");

    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png") });
    }
}
