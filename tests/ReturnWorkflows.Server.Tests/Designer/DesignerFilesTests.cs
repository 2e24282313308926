using System.Net;
using System.Text.RegularExpressions;

namespace ReturnWorkflows.Server.Tests.Designer;

/// <summary>
/// How the Studio's files reach the browser: precompressed, cached by name only when the name carries a content hash,
/// and hinted for prefetch on the pages of people who may open the designer (so its first visit skips the download).
/// Needs the bundle the build installs with npm.
/// </summary>
public sealed partial class DesignerFilesTests : IDisposable
{
    private readonly string _database = ServerFactory.NewSqliteDatabase();

    public void Dispose() => ServerFactory.DeleteSqlite(_database);

    [Fact]
    public async Task A_managers_home_page_hints_every_file_the_editor_needs_and_each_hint_is_served()
    {
        await using var server = new ServerFactory(ServerFactory.Sqlite(_database));
        using var manager = await server.SignedInAsync("manager");

        var hints = PrefetchHints(await manager.GetStringAsync("/"));

        // The runtime, its ICU data, every assembly of the boot configuration, the loader and the scripts of the host page.
        var dotnetJs = await manager.GetStringAsync("/designer/_framework/dotnet.js");
        // (Satellite resources are left out: the Studio loads them only for a culture other than English.)
        var assemblies = AssemblyName().Matches(dotnetJs).Select(m => m.Groups[1].Value).Where(name => !name.Contains(".resources.", StringComparison.Ordinal))
            .Select(name => "/designer/_framework/" + name).Distinct().ToList();
        Assert.True(assemblies.Count > 100, $"the boot configuration lists {assemblies.Count} files");
        Assert.All(assemblies, file => Assert.Contains(file, hints));
        Assert.Contains(hints, h => Regex.IsMatch(h, @"/_framework/dotnet\.native\.[a-z0-9]{10}\.wasm$"));
        Assert.Contains("/designer/_framework/blazor.webassembly.js", hints);
        Assert.Contains("/designer/_content/BlazorMonaco/lib/monaco-editor/min/vs/editor/editor.main.js", hints);
        Assert.Contains("/designer/_content/Elsa.Studio.Workflows.Designer/designer.entry.js", hints);
        foreach (var hint in hints)
            Assert.True((await manager.GetAsync(hint)).IsSuccessStatusCode, hint);
    }

    [Fact]
    public async Task Nobody_else_is_sent_the_hints_and_the_designer_page_itself_loads_the_files_instead()
    {
        await using var server = new ServerFactory(ServerFactory.Sqlite(_database));
        using var counsellor = await server.SignedInAsync("counsellor");
        using var manager = await server.SignedInAsync("manager");

        Assert.Empty(PrefetchHints(await counsellor.GetStringAsync("/")));
        var host = await manager.GetStringAsync("/designer/workflows/definitions/avrr-case-lifecycle/edit");
        Assert.Empty(PrefetchHints(host));
        // Blazor is started by our script, which sets the runtime's options, not by itself.
        Assert.Contains("<script src=\"_framework/blazor.webassembly.js\" autostart=\"false\"></script>", host);
        Assert.Contains("/js/designer-start.js", host);
        // Monaco (3.6 MB of script) is not in the page: designer-monaco.js loads it once the Studio has drawn.
        Assert.DoesNotContain("monaco-editor/min/vs/loader.js", host);
        Assert.Contains("/js/designer-monaco.js", host);
    }

    [Fact]
    public async Task Hashed_files_are_cached_for_good_and_the_rest_revalidated_so_an_upgrade_is_seen()
    {
        await using var server = new ServerFactory(ServerFactory.Sqlite(_database));
        using var manager = await server.SignedInAsync("manager");
        var wasm = PrefetchHints(await manager.GetStringAsync("/")).First(h => h.EndsWith(".wasm", StringComparison.Ordinal));

        using var hashed = new HttpRequestMessage(HttpMethod.Get, wasm);
        hashed.Headers.AcceptEncoding.ParseAdd("br");
        var hashedResponse = await manager.SendAsync(hashed);
        var loader = await manager.GetAsync("/designer/_framework/dotnet.js");
        var script = await manager.GetAsync("/designer/_content/MudBlazor/MudBlazor.min.js");

        Assert.Equal(HttpStatusCode.OK, hashedResponse.StatusCode);
        Assert.Equal("br", Assert.Single(hashedResponse.Content.Headers.ContentEncoding));
        Assert.Equal("application/wasm", hashedResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", hashedResponse.Headers.CacheControl?.ToString());
        Assert.True(loader.Headers.CacheControl?.NoCache, "dotnet.js names the hashed files: a stale copy would ask for files an upgrade removed");
        Assert.True(script.Headers.CacheControl?.NoCache);
        Assert.NotNull(loader.Headers.ETag);
    }

    private static List<string> PrefetchHints(string html) =>
        [.. PrefetchLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<link rel=\"prefetch\" href=\"([^\"]+)\"")]
    private static partial Regex PrefetchLink();

    [GeneratedRegex("\"name\": \"([^\"]+\\.(?:wasm|dat))\"")]
    private static partial Regex AssemblyName();
}
