using Microsoft.Extensions.Options;
using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Infrastructure.Documents;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Configuration;

/// <summary>
/// Where the case documents lie and which key encrypts them (README, "Case documents"). The key comes from
/// <c>RETURNWORKFLOWS_DOCUMENT_KEY</c> or <c>ReturnWorkflows:Documents:KeyFile</c>, never from the database. Without
/// either, the embedded default (demo users on) makes a key file beside the database file on its first start and
/// says so; anywhere else (demo users off: production) the start is refused, naming the settings, because a key made
/// up on one node would leave documents no other node, and no restored backup, can read.
/// </summary>
internal sealed class DocumentSettings(IConfiguration configuration, IOptions<DatabaseOptions> database, IOptions<IdentitySettings> identity)
{
    private const string Key = DocumentStorageOptions.Section;

    private string? KeyText => configuration[DocumentStorageOptions.KeyVariable] is { Length: > 0 } text ? text : null;
    private static string? KeyFile(DocumentStorageOptions options) => options.KeyFile is { Length: > 0 } file ? Path.GetFullPath(file) : null;

    /// <summary>The database file's path without its extension (SQLite), or <c>data/returnworkflows</c> under the working folder.</summary>
    private string DataBase
    {
        get
        {
            if (database.Value.Provider == DatabaseProvider.Sqlite &&
                new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.Value.ConnectionString).DataSource is { Length: > 0 } file && file != ":memory:")
                return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, Path.GetFileNameWithoutExtension(file));
            return Path.GetFullPath(Path.Combine("data", "returnworkflows"));
        }
    }

    public string FolderFor(DocumentStorageOptions options) => options.Path is { Length: > 0 } path ? Path.GetFullPath(path) : DataBase + ".documents";

    /// <summary>Where the embedded default keeps the key it made.</summary>
    public string GeneratedKeyFile => DataBase + ".documents.key";

    /// <summary>What is wrong with the key settings, each naming the key to fix; empty when a key can be had.</summary>
    public IEnumerable<string> Problems(DocumentStorageOptions options)
    {
        if (KeyText is not null && KeyFile(options) is not null)
            yield return $"{DocumentStorageOptions.KeyVariable} and {Key}:KeyFile are both set: set one of them.";
        else if (KeyText is { } text)
        {
            if (DocumentKey.TryParse(text, out var problem) is null)
                yield return $"{DocumentStorageOptions.KeyVariable} {problem}: set it to 32 random bytes in base64 (for example `openssl rand -base64 32`).";
        }
        else if (KeyFile(options) is { } file)
        {
            if (!File.Exists(file))
                yield return $"{Key}:KeyFile points to '{file}', which does not exist.";
            else if (DocumentKey.TryParse(File.ReadAllText(file), out var problem) is null)
                yield return $"{Key}:KeyFile '{file}' {problem}: it must hold 32 random bytes in base64 (for example `openssl rand -base64 32 > {Path.GetFileName(file)}`).";
        }
        else if (!identity.Value.DemoUsers)
            yield return $"{Key}:KeyFile (or the environment variable {DocumentStorageOptions.KeyVariable}) is not set: case documents are encrypted " +
                "with a key kept outside the database, and with the demo users off it is not made up. Create one (`openssl rand -base64 32`), " +
                "keep a copy apart from the database backups, and name it.";
    }

    /// <summary>The folder and key for this start, making the embedded default's key file on its first start.</summary>
    public DocumentStorage Resolve(DocumentStorageOptions options, ILogger logger)
    {
        if (Problems(options).ToList() is { Count: > 0 } problems)
            throw new OptionsValidationException(Key, typeof(DocumentStorageOptions), problems);
        var key = KeyText is { } text ? DocumentKey.TryParse(text, out _)!
            : KeyFile(options) is { } file ? DocumentKey.TryParse(File.ReadAllText(file), out _)!
            : GeneratedKey(logger);
        return new DocumentStorage(FolderFor(options), key);
    }

    private DocumentKey GeneratedKey(ILogger logger)
    {
        var file = GeneratedKeyFile;
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            // Written aside and moved into place: of nodes starting together one key wins, and the others read it.
            var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
            File.WriteAllText(temporary, DocumentKey.NewRandom().ToBase64());
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            try
            {
                File.Move(temporary, file, overwrite: false);
                logger.LogWarning("Made a new key for the case documents at {KeyFile} (no {Section}:KeyFile or {Variable} is set). " +
                    "Back it up apart from the database: without it the documents cannot be read", file, Key, DocumentStorageOptions.KeyVariable);
            }
            catch (IOException) when (File.Exists(file))
            {
                File.Delete(temporary);
            }
        }
        return DocumentKey.TryParse(File.ReadAllText(file), out var problem)
               ?? throw new OptionsValidationException(Key, typeof(DocumentStorageOptions), [$"The document key file '{file}' {problem}; restore it from its backup."]);
    }
}

/// <summary>Checks the document settings at start, with the other settings: every message names the key to fix.</summary>
internal sealed class DocumentSettingsValidator(DocumentSettings settings) : IValidateOptions<DocumentStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentStorageOptions options)
    {
        var problems = settings.Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

internal sealed class DocumentLimitsValidator : IValidateOptions<DocumentLimits>
{
    public const long Largest = 100 * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, DocumentLimits options) =>
        options.MaxBytes is >= 1024 and <= Largest
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{DocumentLimits.Section}:MaxBytes must be between 1024 and {Largest} (100 MB); the default is {DocumentLimits.DefaultMaxBytes} (10 MB).");
}

/// <summary>Resolves the documents' folder and key as the server starts, so a key made for the embedded default is made and logged then.</summary>
internal sealed class DocumentStorageStartup(DocumentStorage storage, ILogger<DocumentStorageStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Case documents are kept encrypted in {Folder} (key id {KeyId})", storage.Folder, Convert.ToHexStringLower(storage.Key.Id));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal static class DocumentServiceCollectionExtensions
{
    public static IServiceCollection AddCaseDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentStorageOptions>().BindConfiguration(DocumentStorageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DocumentStorageOptions>, DocumentSettingsValidator>();
        services.AddOptions<DocumentLimits>().BindConfiguration(DocumentLimits.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DocumentLimits>, DocumentLimitsValidator>();
        services.AddSingleton<DocumentSettings>();
        services.AddSingleton(s => s.GetRequiredService<DocumentSettings>().Resolve(s.GetRequiredService<IOptions<DocumentStorageOptions>>().Value,
            s.GetRequiredService<ILogger<DocumentSettings>>()));
        services.AddHostedService<DocumentStorageStartup>();
        return services;
    }
}
