using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>One server for the case API tests, with a client per demo role and every log line captured.</summary>
public sealed class CaseServer : IAsyncLifetime
{
    private readonly string _database = ServerFactory.NewSqliteDatabase();
    private readonly Dictionary<string, HttpClient> _clients = [];

    public CapturedLogs Logs { get; } = new();
    public ServerFactory Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = new ServerFactory(ServerFactory.Sqlite(_database), host => host.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            logging.AddProvider(Logs);
        }));
        foreach (var user in new[] { "counsellor", "counsellor.belgrade", "supervisor", "protection", "admin", "manager", "partner", "operations" })
            _clients[user] = await Server.WithAccessTokenAsync(user);
    }

    public HttpClient As(string userName) => _clients[userName];

    public async Task<T> InDatabaseAsync<T>(Func<ReturnWorkflowsDbContext, Task<T>> read)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>());
    }

    /// <summary>Opens a case as <paramref name="userName"/> (at their office) for a family of three; returns the answer.</summary>
    public async Task<JsonObject> OpenFamilyAsync(string userName = "counsellor", string family = "Khan")
    {
        var response = await As(userName).PostAsJsonAsync("/api/cases", CaseBodies.Intake(family));
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Intake: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        await Server.DisposeAsync();
        ServerFactory.DeleteSqlite(_database);
    }
}
