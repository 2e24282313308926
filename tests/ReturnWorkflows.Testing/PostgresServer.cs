using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ReturnWorkflows.Testing;

/// <summary>
/// A real PostgreSQL for tests. Uses <c>RETURNWORKFLOWS_TEST_POSTGRES</c> (an admin connection string) when set;
/// otherwise starts a private throw-away cluster from Debian's binaries on a free loopback port, as the
/// <c>postgres</c> user when running as root (PostgreSQL refuses root). Never skips: if no server can be had,
/// every test that needs one fails with the reason.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> SharedServer = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly string _adminConnectionString;

    private PostgresServer(string adminConnectionString) => _adminConnectionString = adminConnectionString;

    public static PostgresServer Shared => SharedServer.Value;

    /// <summary>A new, empty database; one per test class keeps tests independent.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        // Idle pooled connections close after 10 s rather than Npgsql's 300: every test class has its own database and
        // pool, and the pools of servers already stopped kept up to 50 connections each for five minutes, which with
        // enough PostgreSQL test classes in that window exhausted the server ("53300: sorry, too many clients").
        return new NpgsqlConnectionStringBuilder(_adminConnectionString)
        {
            Database = name, Pooling = true, MaxPoolSize = 50, ConnectionIdleLifetime = 10, ConnectionPruningInterval = 2,
        }.ConnectionString;
    }

    /// <summary>
    /// <c>pg_dump --format=custom</c> of a database into a file, as the README's backup section tells an operator to.
    /// </summary>
    public static async Task DumpAsync(string connectionString, string file) =>
        await RunClientAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", $"--file={file}"]);

    /// <summary>A fresh database filled from a dump by <c>pg_restore</c>, as the README's restore section does.</summary>
    public async Task<string> RestoreAsync(string file, string prefix)
    {
        var connectionString = await CreateDatabaseAsync(prefix);
        await RunClientAsync("pg_restore", connectionString, ["--no-owner", "--exit-on-error", file]);
        return connectionString;
    }

    // The client programs take the database from their arguments and the password from the environment, never
    // from the command line (where every local user could read it).
    private static async Task RunClientAsync(string program, string connectionString, string[] arguments)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(FindBinaries() is { } bin ? Path.Combine(bin, program) : program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var argument in new[] { $"--host={target.Host}", $"--port={target.Port}", $"--username={target.Username}", $"--dbname={target.Database}" }.Concat(arguments))
            start.ArgumentList.Add(argument);
        start.Environment["PGPASSWORD"] = target.Password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error} {await output}");
    }

    private static PostgresServer Start()
    {
        var configured = Environment.GetEnvironmentVariable("RETURNWORKFLOWS_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
            return new PostgresServer(configured);

        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL is needed by these tests but was not found (looked in /usr/lib/postgresql/*/bin). " +
            "Install it (apt-get install postgresql) or set RETURNWORKFLOWS_TEST_POSTGRES to an admin connection string.");
        var root = Path.Combine(Path.GetTempPath(), $"rw-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..24]);
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", ["-R", "postgres:postgres", root], asPostgres: false);

        // A password, not trust: other local users must not get a superuser on this machine while the tests run.
        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var passwordFile = Path.Combine(root, "password");
        File.WriteAllText(passwordFile, password);
        if (asRoot) Run("chown", ["postgres:postgres", passwordFile], asPostgres: false);
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--no-sync"], asRoot);
        File.Delete(passwordFile);
        var port = FreePort();
        var options = $"-p {port} -k {root} -c unix_socket_permissions=0700 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=500";
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(root, "server.log"), "-w", "start"], asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], asRoot); Directory.Delete(root, true); }
            catch { /* the temp folder is left behind at worst */ }
        };
        return new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Password={password};Database=postgres;Pooling=false");
    }

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static void Run(string program, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres) { start.ArgumentList.Add("-u"); start.ArgumentList.Add("postgres"); start.ArgumentList.Add("--"); start.ArgumentList.Add(program); }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {error} {output.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
