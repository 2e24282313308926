using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReturnWorkflows.Cases;
using ReturnWorkflows.Engine;
using ReturnWorkflows.Infrastructure;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Testing;

/// <summary>A fresh database of either provider, migrated, with the engine's services over it.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;

    private TestDatabase(DatabaseOptions options, string? sqliteFile, TimeProvider? timeProvider, Action<IServiceCollection>? configure = null)
    {
        Options = options;
        _sqliteFile = sqliteFile;
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (timeProvider is not null) services.AddSingleton(timeProvider);
        services.AddReturnWorkflowsEngine(CasesServiceCollectionExtensions.Assembly);
        services.AddReturnWorkflowsCases();
        services.AddReturnWorkflowsPersistence(options);
        services.AddOptions<Infrastructure.Notifications.SmtpOptions>();
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public DatabaseOptions Options { get; }
    public ServiceProvider Services { get; }

    /// <param name="configure">Last word on the services, for example an office calendar.</param>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true, TimeProvider? timeProvider = null,
        Action<IServiceCollection>? configure = null)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"rw-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={file};Default Timeout=30" }, file, timeProvider, configure);
        }
        else
        {
            var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("rw_test");
            database = new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }, null, timeProvider, configure);
        }
        if (migrate)
            await database.InScopeAsync(scope => scope.GetRequiredService<DatabaseSchema>().EnsureCurrentAsync(migrateOnStart: true, CancellationToken.None));
        return database;
    }

    /// <summary>An existing database (created by another process), already migrated.</summary>
    public static Task<TestDatabase> OpenAsync(DatabaseOptions options, Action<IServiceCollection>? configure = null) =>
        Task.FromResult(new TestDatabase(options, null, null, configure));

    /// <summary>The same database behind a fresh set of services, as after a server restart. The copy does not delete the database.</summary>
    public static Task<TestDatabase> ReopenAsync(TestDatabase database, TimeProvider? timeProvider = null) =>
        Task.FromResult(new TestDatabase(database.Options, null, timeProvider));

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Sends a command through the whole pipeline in a scope of its own, as one request would.</summary>
    public Task<T> SendAsync<T>(MediatR.IRequest<T> command) =>
        InScopeAsync(scope => scope.GetRequiredService<MediatR.IMediator>().Send(command));

    /// <summary>An instance's journal, in sequence order.</summary>
    public Task<List<Engine.Runtime.JournalEntry>> JournalAsync(string instanceId) =>
        InScopeAsync(scope => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            scope.GetRequiredService<ReturnWorkflowsDbContext>().JournalEntries
                .Where(j => j.WorkflowInstanceId == instanceId).OrderBy(j => j.Sequence)));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_sqliteFile is null) return;
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            File.Delete(file);
    }
}
