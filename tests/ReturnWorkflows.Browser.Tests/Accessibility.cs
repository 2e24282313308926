using System.Text.Json;
using Microsoft.Playwright;
using ReturnWorkflows.Testing;
using Xunit.Sdk;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// axe-core (npm, installed by this project's build from <c>AxeCore/package-lock.json</c>) run inside the page a test
/// is on: the test fails on any serious or critical violation, naming the rule and the elements.
/// </summary>
public static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Path.Combine(
        RepositoryPaths.Root, "tests", "ReturnWorkflows.Browser.Tests", "AxeCore", "node_modules", "axe-core", "axe.min.js")));

    /// <param name="exclude">CSS selectors of parts that are not ours to fix (the Studio inside the designer page).</param>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, params string[] exclude)
    {
        // Evaluated over the DevTools protocol, not added as a script element: the page's CSP (nothing inline) stays
        // as strict as it is for people, and the policy-violation watch stays quiet.
        await page.EvaluateAsync("() => { if (!window.axe) { " + AxeSource.Value + "\n } }");
        var violations = await page.EvaluateAsync<JsonElement>("""
            async exclude => {
              const result = await window.axe.run({ exclude: exclude.map(selector => [selector]) },
                { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
              return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')}`);
            }
            """, exclude);
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        if (found.Count > 0)
            throw new XunitException($"Accessibility violations on {page.Url}:\n" + string.Join("\n", found));
    }
}
