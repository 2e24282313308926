using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests;

/// <summary>
/// The folder <c>dotnet publish</c> makes is the whole server: started by a user from some other working folder it
/// reads its own settings (demo users, log levels), serves its pages, styles and designer, keeps the embedded
/// database under the working folder, and a wrong setting stops it with one line.
/// </summary>
public sealed class PublishedServerTests(PublishedServerFolder folder) : IClassFixture<PublishedServerFolder>
{
    private const string ApiKey = "published-server-test-key-0123456789abcdef";
    private string Published => folder.Published;
    private string Elsewhere => folder.WorkingFolder("elsewhere");

    [Fact]
    public async Task Started_from_another_folder_it_serves_pages_styles_and_designer_and_a_demo_user_signs_in()
    {
        foreach (var part in new[] { "appsettings.json", "wwwroot/css/site.css", "forms/counselling-session.json", "workflows/avrr-case-lifecycle.json",
                     "designer-bundle/_framework/blazor.webassembly.js", "bootstrap/css/bootstrap.min.css", "bootstrap/js/bootstrap.bundle.min.js" })
            Assert.True(File.Exists(Path.Combine(Published, part)), $"The published folder lacks {part}.");

        await ServesEverythingAsync(Path.Combine(Published, "ReturnWorkflows.Server.dll"), Elsewhere);
    }

    [Fact]
    public async Task A_build_started_from_its_bin_folder_elsewhere_finds_its_styles_and_designer_in_its_sources()
    {
        var bin = Path.Combine(RepositoryPaths.Root, "src", "ReturnWorkflows.Server", "bin", PublishedServerFolder.Configuration, "net10.0");
        var workingFolder = folder.WorkingFolder("elsewhere-bin");

        await ServesEverythingAsync(Path.Combine(bin, "ReturnWorkflows.Server.dll"), workingFolder);
    }

    private async Task ServesEverythingAsync(string serverDll, string workingFolder)
    {
        var port = FreePort();
        using var server = Start(serverDll, workingFolder, port, new() { ["ReturnWorkflows__ApiKey"] = ApiKey });
        try
        {
            await AssertServesEverythingAsync(server, port, workingFolder);
        }
        finally
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
        }
    }

    private static async Task AssertServesEverythingAsync(Process server, int port, string workingFolder)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
            { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitForHealthAsync(client, server);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/bootstrap/css/bootstrap.min.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/bootstrap/js/bootstrap.bundle.min.js")).StatusCode);
        var signIn = await Browserless.PostSignInAsync(client, "manager", Browserless.DemoPassword); // demo users come from its appsettings.json
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var designer = await client.GetStringAsync("/designer/");
        Assert.DoesNotContain("not installed", designer);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/designer/_framework/blazor.webassembly.js")).StatusCode);
        Assert.True(File.Exists(Path.Combine(workingFolder, "data", "returnworkflows.db")), "The embedded database is not under the working folder.");

        // Kestrel's own body limit (30 MB) on an endpoint that reads its body as it likes is a 413 with problem details,
        // not a 500. Only the headers are sent (Kestrel answers as soon as the endpoint starts reading), so no client
        // is left writing 31 MB into a closed connection.
        var answer = await SendHeadersOnlyAsync(port, "POST /elsa/api/workflow-definitions HTTP/1.1", $"Authorization: ApiKey {ApiKey}",
            "Content-Type: application/json", $"Content-Length: {31 * 1024 * 1024}");
        Assert.StartsWith("HTTP/1.1 413", answer);
        Assert.Contains("application/problem+json", answer);
    }

    private static async Task<string> SendHeadersOnlyAsync(int port, params string[] lines)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(string.Join("\r\n", lines.Append($"Host: 127.0.0.1:{port}")) + "\r\n\r\n{"));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        return Encoding.ASCII.GetString(buffer, 0, read);
    }

    [Fact]
    public async Task Behind_a_TLS_proxy_cookies_are_secure_and_HSTS_is_sent_and_not_without_it()
    {
        var port = FreePort();
        using var server = Start(Path.Combine(Published, "ReturnWorkflows.Server.dll"), folder.WorkingFolder("behind-proxy"), port, new());
        try
        {
            // Cookies are handled by hand: a client would not send Secure cookies back over the test's plain HTTP.
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
                { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitForHealthAsync(client, server);

            var direct = await client.SendAsync(SignInPage(forwardedHttps: false));
            var proxied = await client.SendAsync(SignInPage(forwardedHttps: true));

            Assert.False(direct.Headers.Contains("Strict-Transport-Security"));
            Assert.DoesNotContain("secure", string.Join(";", direct.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
            Assert.StartsWith("max-age=31536000", proxied.Headers.GetValues("Strict-Transport-Security").Single());
            var antiforgery = proxied.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
            Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);

            var token = System.Text.RegularExpressions.Regex.Match(await proxied.Content.ReadAsStringAsync(),
                "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            using var signIn = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["UserName"] = "manager", ["Password"] = Browserless.DemoPassword, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["ReturnUrl"] = "/",
                }),
            };
            Proxied(signIn);
            signIn.Headers.Add("Cookie", antiforgery.Split(';')[0]);
            var signedIn = await client.SendAsync(signIn);

            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rw.auth=", StringComparison.Ordinal));
            Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
        }
    }

    private static HttpRequestMessage SignInPage(bool forwardedHttps)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        if (forwardedHttps) Proxied(request);
        return request;
    }

    // What a TLS proxy on this machine adds (loopback proxies are always believed); a real host name, since HSTS is
    // never sent for localhost.
    private static void Proxied(HttpRequestMessage request)
    {
        request.Headers.Host = "cases.example.org";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
    }

    [Theory]
    [InlineData("ReturnWorkflows__ApiKey", "too-short", "ReturnWorkflows:ApiKey is too short")]
    [InlineData("ReturnWorkflows__Database__Provider", "Oracle", "'ReturnWorkflows:Database:Provider'")]
    [InlineData("ReturnWorkflows__Database__ConnectionString", "", "ReturnWorkflows:Database:ConnectionString is missing")]
    public async Task A_wrong_setting_stops_it_with_one_line_naming_the_key(string variable, string value, string expected)
    {
        using var server = Start(Path.Combine(Published, "ReturnWorkflows.Server.dll"), Elsewhere, FreePort(), new() { [variable] = value });
        var stderr = server.StandardError.ReadToEndAsync();
        var stdout = server.StandardOutput.ReadToEndAsync();

        if (!server.WaitForExit(60_000))
        {
            server.Kill(entireProcessTree: true);
            Assert.Fail("The server did not stop.");
        }
        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(1, server.ExitCode);
        Assert.Contains(expected, Assert.Single(lines));
        Assert.StartsWith("ReturnWorkflows cannot start:", lines[0]);
        Assert.DoesNotContain("   at ", await stdout); // no stack trace anywhere
    }

    private static Process Start(string serverDll, string workingFolder, int port, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [serverDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    private static async Task WaitForHealthAsync(HttpClient client, Process server)
    {
        var output = new StringBuilder();
        server.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        server.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !server.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { } // not listening yet
            await Task.Delay(250);
        }
        if (!server.HasExited) server.Kill(entireProcessTree: true);
        lock (output) Assert.Fail("The published server did not become healthy:\n" + output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One <c>dotnet publish</c> of the built server for the whole class, and working folders apart from it.</summary>
public sealed class PublishedServerFolder : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"rw-published-{Guid.NewGuid():N}");

    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public string Published => Path.Combine(_root, "app");

    public string WorkingFolder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    public async Task InitializeAsync()
    {
        // The solution is built before the tests run; publish takes that build as it is.
        var (exit, output) = await RunAsync("dotnet", ["publish", Path.Combine(RepositoryPaths.Root, "src", "ReturnWorkflows.Server"),
            "-c", Configuration, "--no-build", "-o", Published], RepositoryPaths.Root, TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, "dotnet publish failed:\n" + output);
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } // a server still closing its files
        return Task.CompletedTask;
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, string[] arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output + await error);
    }
}
