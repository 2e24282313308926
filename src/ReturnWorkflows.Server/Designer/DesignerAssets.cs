using System.Text.Json;

namespace ReturnWorkflows.Server.Designer;

/// <summary>
/// The Studio's files as its host page loads them, and the list a signed-in designer's other pages hint the browser
/// to fetch ahead (<c>&lt;link rel="prefetch"&gt;</c>). On a first visit the designer otherwise downloads ~9 MB before
/// its .NET runtime can start (~1 s on loopback here, far longer on a field office's line); fetched while the manager
/// reads the home page, that download is skipped. Compiling the scripts remains (figures in the README).
/// </summary>
public sealed class DesignerAssets
{
    /// <summary>Stylesheets of the Studio's own index.html, in its order.</summary>
    public static readonly string[] Stylesheets =
    [
        "_content/MudBlazor/MudBlazor.min.css",
        "_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.css",
        "_content/Radzen.Blazor/css/material-base.css",
        "_content/Elsa.Studio.Shell/css/shell.css",
        "Elsa.Studio.Host.CustomElements.styles.css",
    ];

    /// <summary>
    /// Scripts the Studio calls into once it runs: loaded before Blazor, in the order of its index.html, except Monaco
    /// (<see cref="MonacoScripts"/>), which <c>/js/designer-monaco.js</c> loads once the Studio has started.
    /// </summary>
    public static readonly string[] Scripts =
    [
        "_content/BlazorMonaco/jsInterop.js",
        "_content/MudBlazor/MudBlazor.min.js",
        "_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.js",
        "_content/Radzen.Blazor/Radzen.Blazor.js",
    ];

    /// <summary>Monaco's loader and entry (its API chunk is found in the bundle: <see cref="MonacoFolder"/>).</summary>
    private static readonly string[] MonacoScripts =
    [
        "_content/BlazorMonaco/lib/monaco-editor/min/vs/loader.js",
        "_content/BlazorMonaco/lib/monaco-editor/min/vs/editor/editor.main.js",
    ];

    public const string BlazorScript = "_framework/blazor.webassembly.js";

    /// <summary>Modules the Studio imports only after it has booted (the designer canvas, DOM helpers).</summary>
    public static readonly string[] LateModules =
    [
        "_content/Elsa.Studio.Workflows.Designer/designer.entry.js",
        "_content/Elsa.Studio.DomInterop/dom.entry.js",
    ];

    /// <summary>Fetched by the stylesheets as the editor first renders (icons, text).</summary>
    private static readonly string[] RenderFiles =
    [
        "_content/Radzen.Blazor/fonts/MaterialSymbolsOutlined.woff2",
        "_content/Radzen.Blazor/fonts/RobotoFlex.woff2",
    ];

    private const string MonacoFolder = "_content/BlazorMonaco/lib/monaco-editor/min/vs";

    private const string ConfigStart = "/*json-start*/";
    private const string ConfigEnd = "/*json-end*/";

    public DesignerAssets(DesignerBundle bundle)
    {
        if (bundle.Folder is null) return;
        var bootFiles = BootFiles(bundle.Folder);
        // Monaco's API chunk (loaded once the Studio has drawn) carries a build hash in its name: found in the bundle
        // rather than listed.
        var monacoApi = bundle.Files.GetDirectoryContents(MonacoFolder)
            .Where(file => file.Name.StartsWith("editor.api-", StringComparison.Ordinal) && file.Name.EndsWith(".js", StringComparison.Ordinal))
            .Select(file => $"{MonacoFolder}/{file.Name}");
        Prefetch = [.. Stylesheets.Concat(Scripts).Concat(MonacoScripts).Append(BlazorScript).Concat(LateModules).Concat(bootFiles).Concat(RenderFiles).Concat(monacoApi)
            .Where(path => bundle.Files.GetFileInfo(path).Exists)
            .Select(path => $"{DesignerBundle.RequestPath}/{path}")];
    }

    /// <summary>Absolute paths (under <c>/designer/</c>) of everything the editor needs before it is usable.</summary>
    public IReadOnlyList<string> Prefetch { get; } = [];

    /// <summary>
    /// The runtime's own files, read from the boot configuration the Studio's build embeds in <c>_framework/dotnet.js</c>
    /// (their names carry content hashes, so they cannot be listed by hand). An unexpected format gives an empty list:
    /// the designer then loads exactly as before, only without the head start.
    /// </summary>
    private static IEnumerable<string> BootFiles(string bundleFolder)
    {
        var loader = Path.Combine(bundleFolder, "_framework", "dotnet.js");
        if (!File.Exists(loader)) return [];
        var text = File.ReadAllText(loader);
        var start = text.IndexOf(ConfigStart, StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf(ConfigEnd, start, StringComparison.Ordinal);
        if (end < 0) return [];
        try
        {
            using var config = JsonDocument.Parse(text.AsMemory(start + ConfigStart.Length, end - start - ConfigStart.Length));
            if (!config.RootElement.TryGetProperty("resources", out var resources)) return [];
            string[] groups = ["jsModuleNative", "jsModuleRuntime", "wasmNative", "icu", "coreAssembly", "assembly"];
            return [.. groups.SelectMany(group => FileNames(resources, group)).Prepend("_framework/dotnet.js")];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static IEnumerable<string> FileNames(JsonElement resources, string group)
    {
        if (!resources.TryGetProperty(group, out var list) || list.ValueKind != JsonValueKind.Array) yield break;
        foreach (var entry in list.EnumerateArray())
            if (entry.TryGetProperty("name", out var name) && name.GetString() is { Length: > 0 } file)
                yield return "_framework/" + file;
    }
}
