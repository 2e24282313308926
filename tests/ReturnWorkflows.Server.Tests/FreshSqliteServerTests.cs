namespace ReturnWorkflows.Server.Tests;

/// <summary>
/// A server of its own for each test, on a fresh SQLite file (demo users, no demo cases), for tests that change what
/// other tests would see: users, reference data, a person's language. Started before the test, so its first request
/// does not pay for the start.
/// </summary>
public abstract class FreshSqliteServerTests : IAsyncLifetime
{
    private readonly string _database = ServerFactory.NewSqliteDatabase();

    protected ServerFactory Server { get; private set; } = null!;

    /// <summary>Settings beyond the embedded default's, for a test class that needs them.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings) { }

    public Task InitializeAsync()
    {
        var settings = ServerFactory.Sqlite(_database);
        Configure(settings);
        Server = new ServerFactory(settings);
        Server.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        ServerFactory.DeleteSqlite(_database);
    }
}
