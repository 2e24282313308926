using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Infrastructure.Documents;
using ReturnWorkflows.Server.Tests.Cases;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.Documents;

/// <summary>
/// The document key and limits at start: production's settings (demo users off) without a key, a key file that is not a
/// key, and a size limit out of range each stop the start naming the setting; the embedded default makes its key file
/// beside the database file once, says so, and reads it again on the next start.
/// </summary>
public sealed class DocumentSettingsTests : IDisposable
{
    private readonly string _database = ServerFactory.NewSqliteDatabase();
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), $"rw-key-{Guid.NewGuid():N}.key");

    private Dictionary<string, string?> Settings(string demoUsers, string? key = "")
    {
        var settings = ServerFactory.Sqlite(_database);
        settings["ReturnWorkflows:Identity:DemoUsers"] = demoUsers;
        settings[TestDocumentKey.Variable] = key; // "" takes back the test servers' key
        return settings;
    }

    [Fact]
    public void Production_without_a_key_refuses_to_start_naming_the_settings()
    {
        using var server = new ServerFactory(Settings(demoUsers: "false"));
        var refused = Assert.Throws<OptionsValidationException>(() => server.Services);
        Assert.Contains("ReturnWorkflows:Documents:KeyFile (or the environment variable RETURNWORKFLOWS_DOCUMENT_KEY) is not set", refused.Message);
        Assert.False(File.Exists(Path.ChangeExtension(_database, null) + ".documents.key"), "no key is made up in production");
    }

    [Fact]
    public void A_key_file_or_variable_that_is_not_a_key_and_a_size_limit_out_of_range_are_refused_naming_them()
    {
        File.WriteAllText(_keyFile, "c2hvcnQ=");
        var settings = Settings(demoUsers: "false");
        settings["ReturnWorkflows:Documents:KeyFile"] = _keyFile;
        using (var server = new ServerFactory(settings))
            Assert.Contains($"ReturnWorkflows:Documents:KeyFile '{_keyFile}' holds 5 bytes, not the 32", Assert.Throws<OptionsValidationException>(() => server.Services).Message);

        using (var server = new ServerFactory(Settings(demoUsers: "false", key: "not base64!")))
            Assert.Contains("RETURNWORKFLOWS_DOCUMENT_KEY is not base64 text", Assert.Throws<OptionsValidationException>(() => server.Services).Message);

        var tooLarge = Settings(demoUsers: "true", key: TestDocumentKey.Base64);
        tooLarge["ReturnWorkflows:Documents:MaxBytes"] = "1000000000";
        using (var server = new ServerFactory(tooLarge))
            Assert.Contains("ReturnWorkflows:Documents:MaxBytes must be between 1024 and", Assert.Throws<OptionsValidationException>(() => server.Services).Message);
    }

    [Fact]
    public void A_good_key_file_is_used_in_production()
    {
        File.WriteAllText(_keyFile, DocumentKey.NewRandom().ToBase64() + "\n");
        var settings = Settings(demoUsers: "false");
        settings["ReturnWorkflows:Documents:KeyFile"] = _keyFile;
        using var server = new ServerFactory(settings);
        var storage = server.Services.GetRequiredService<DocumentStorage>();
        Assert.Equal(DocumentKey.TryParse(File.ReadAllText(_keyFile), out _)!.Id, storage.Key.Id);
        Assert.Equal(Path.ChangeExtension(_database, null) + ".documents", storage.Folder);
    }

    [Fact]
    public void The_embedded_default_makes_its_key_beside_the_database_once_and_says_so()
    {
        var logs = new CapturedLogs();
        var keyFile = Path.ChangeExtension(_database, null) + ".documents.key";
        byte[] first;
        using (var server = new ServerFactory(Settings(demoUsers: "true"), host => host.ConfigureLogging(l => l.AddProvider(logs))))
        {
            first = server.Services.GetRequiredService<DocumentStorage>().Key.Bytes;
            server.CreateClient().Dispose(); // started
        }
        Assert.True(File.Exists(keyFile));
        Assert.Equal(first, Convert.FromBase64String(File.ReadAllText(keyFile)));
        Assert.Contains(logs.Lines, line => line.Contains($"Made a new key for the case documents at {keyFile}") && line.Contains("Back it up"));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));

        var again = new CapturedLogs();
        using (var server = new ServerFactory(Settings(demoUsers: "true"), host => host.ConfigureLogging(l => l.AddProvider(again))))
            Assert.Equal(first, server.Services.GetRequiredService<DocumentStorage>().Key.Bytes);
        Assert.DoesNotContain(again.Lines, line => line.Contains("Made a new key"));
    }

    public void Dispose()
    {
        ServerFactory.DeleteSqlite(_database);
        File.Delete(_keyFile);
    }
}
