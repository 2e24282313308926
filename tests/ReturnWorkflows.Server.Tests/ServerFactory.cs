using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace ReturnWorkflows.Server.Tests;

/// <summary>The real server in memory, on its own database and with any settings a test overrides.</summary>
/// <param name="configure">The last word on the host, for example a logger that a test reads.</param>
public sealed class ServerFactory(Dictionary<string, string?> settings, Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    public static string NewSqliteDatabase() => Path.Combine(Path.GetTempPath(), $"rw-server-{Guid.NewGuid():N}.db");

    public static Dictionary<string, string?> Sqlite(string file) => new()
    {
        ["ReturnWorkflows:Database:Provider"] = "Sqlite",
        ["ReturnWorkflows:Database:ConnectionString"] = $"Data Source={file};Default Timeout=30",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // A test class signs in far more often than a person, all from one address: the attempt limits are the
        // subject of their own test, which sets them.
        builder.UseSetting("ReturnWorkflows:Identity:SignInAttemptsPerAddress", "10000");
        builder.UseSetting("ReturnWorkflows:Identity:SignInAttemptsPerAccount", "1000");
        // The demo cases would be in every list a test reads; their own tests turn them on.
        builder.UseSetting("ReturnWorkflows:Demo:Cases", "false");
        // Production's settings (demo users off) need a document key; tests of the key settings override it.
        builder.UseSetting(Testing.TestDocumentKey.Variable, Testing.TestDocumentKey.Base64);
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        configure?.Invoke(builder);
    }

    public static void DeleteSqlite(string file)
    {
        SqliteConnection.ClearAllPools();
        var hangfire = Infrastructure.Scheduling.HangfireStorageFactory.SqliteFileFor($"Data Source={file}");
        foreach (var path in new[] { file, file + "-wal", file + "-shm", hangfire, hangfire + "-wal", hangfire + "-shm" })
            File.Delete(path);
        // The documents' default folder and key file lie beside the database file.
        var documents = Path.ChangeExtension(file, null) + ".documents";
        if (Directory.Exists(documents)) Directory.Delete(documents, recursive: true);
        File.Delete(documents + ".key");
    }
}
