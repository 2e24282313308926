using Microsoft.Playwright;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// What a programme manager sees after pressing the designer's "Zoom to fit": whether every step is on the canvas
/// and whether its label can still be read.
/// </summary>
public static class ZoomToFit
{
    /// <summary>
    /// The smallest label height, in screen pixels, we accept: comfortable reading. The phases' 3 x 3 grids measure
    /// 13.4 px (counselling and eligibility) and 12.6 px (consent and travel document) at 1600 x 1000.
    /// </summary>
    public const double ReadableLabelPixels = 11;

    /// <summary>Presses the toolbar's first button (Zoom to fit), waits for the zoom to settle and measures the canvas.</summary>
    public static async Task<View> ApplyAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button).First.ClickAsync();
        await page.WaitForTimeoutAsync(800); // the zoom animates
        return await page.EvaluateAsync<View>("""
            () => {
              const canvas = document.querySelector('.x6-graph').getBoundingClientRect();
              const nodes = [...document.querySelectorAll('.x6-node')];
              const cut = nodes.filter(n => {
                const b = n.getBoundingClientRect();
                return b.left < canvas.left - 1 || b.top < canvas.top - 1 || b.right > canvas.right + 1 || b.bottom > canvas.bottom + 1;
              }).map(n => n.textContent.trim().slice(0, 40));
              // The label is the node's first line of bold text; its rendered height shrinks with the zoom.
              const heights = nodes.map(n => [...n.querySelectorAll('*')]
                  .filter(e => e.children.length === 0 && e.textContent.trim().length > 0)
                  .map(e => e.getBoundingClientRect().height).filter(h => h > 0))
                .filter(h => h.length > 0).map(h => Math.max(...h));
              return { nodes: nodes.length, cut, smallestLabel: heights.length ? Math.min(...heights) : 0 };
            }
            """);
    }

    /// <summary>A class with setters: Playwright's result converter needs a parameterless constructor.</summary>
    public sealed class View
    {
        public int Nodes { get; set; }
        public string[] Cut { get; set; } = [];
        public double SmallestLabel { get; set; }
    }
}
