using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ReturnWorkflows.Testing;

/// <summary>
/// A real server process (the built <c>ReturnWorkflows.Server.dll</c>) on PostgreSQL, as one node of several: for tests
/// and benchmarks that need Hangfire servers in separate processes, and a process that can be killed.
/// </summary>
public sealed class ServerNode : IDisposable
{
    private readonly StringBuilder _output = new();

    private ServerNode(string name, Process process, string url)
    {
        Name = name;
        Process = process;
        Url = url;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }
    public Process Process { get; }
    public string Url { get; }

    /// <summary>What the process wrote (the last 200 KB), for a failure message.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <param name="settings">Extra environment, <c>ReturnWorkflows__...</c> keys.</param>
    public static ServerNode Start(string name, string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "src", "ReturnWorkflows.Server", "bin", BuildConfiguration, "net10.0");
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "ReturnWorkflows.Server.dll")])
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_URLS"] = url,
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ReturnWorkflows__Database__Provider"] = "PostgreSql",
                ["ReturnWorkflows__Database__ConnectionString"] = connectionString,
                ["ReturnWorkflows__Identity__DemoUsers"] = "false",
                [TestDocumentKey.Variable] = TestDocumentKey.Base64,
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__Console__FormatterName"] = "simple",
            },
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return new ServerNode(name, Process.Start(start)!, url);
    }

    /// <summary>The configuration this code was built in, so the server started is the one built with it.</summary>
    public static string BuildConfiguration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public async Task WaitHealthyAsync(TimeSpan? timeout = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (DateTime.UtcNow < deadline)
        {
            if (Process.HasExited) throw new InvalidOperationException($"{Name} exited with {Process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync(Url + "/health")).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { } // not listening yet
            await Task.Delay(250);
        }
        throw new TimeoutException($"{Name} did not become healthy:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, jobs in flight left as they are.</summary>
    public void Kill()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        Process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.AppendLine(line);
            if (_output.Length > 200_000) _output.Remove(0, _output.Length - 200_000);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
