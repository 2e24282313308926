using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>A server on the provider a test names, on a clock that moves only when the test says so.</summary>
public sealed class ClockedCaseServer : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly Dictionary<string, HttpClient> _clients = [];

    private ClockedCaseServer(ServerFactory server, ManualTimeProvider clock, string? sqliteFile)
    {
        Server = server;
        Clock = clock;
        _sqliteFile = sqliteFile;
    }

    public ServerFactory Server { get; }
    public ManualTimeProvider Clock { get; }

    public static async Task<ClockedCaseServer> StartAsync(string provider)
    {
        // Now, not a fixed date: sign-in tokens are checked against the real clock too.
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        string? file = null;
        var settings = provider == "PostgreSql"
            ? new Dictionary<string, string?>
            {
                ["ReturnWorkflows:Database:Provider"] = "PostgreSql",
                ["ReturnWorkflows:Database:ConnectionString"] = await PostgresServer.Shared.CreateDatabaseAsync("rw_activities"),
            }
            : ServerFactory.Sqlite(file = ServerFactory.NewSqliteDatabase());
        var server = new ServerFactory(settings, host => host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        return new ClockedCaseServer(server, clock, file);
    }

    public async Task<HttpClient> AsAsync(string userName)
    {
        if (!_clients.TryGetValue(userName, out var client))
            _clients[userName] = client = await Server.WithAccessTokenAsync(userName);
        return client;
    }

    public async Task<string> OpenFamilyAsync(string family)
    {
        var response = await (await AsAsync("counsellor")).PostAsJsonAsync("/api/cases", CaseBodies.Intake(family));
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Intake: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!;
    }

    public async Task<T> InDatabaseAsync<T>(Func<ReturnWorkflowsDbContext, Task<T>> read)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        await Server.DisposeAsync();
        if (_sqliteFile is not null) ServerFactory.DeleteSqlite(_sqliteFile);
    }
}
