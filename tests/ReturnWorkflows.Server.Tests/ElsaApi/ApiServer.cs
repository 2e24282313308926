using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReturnWorkflows.Server.Tests.ElsaApi;

/// <summary>One server and database per test class, with clients as the designer's users would call it.</summary>
public sealed class ApiServer : IAsyncLifetime
{
    public const string AdministratorKey = "contract-tests-administrator-key-0123456789";
    private readonly string _database = ServerFactory.NewSqliteDatabase();

    public ServerFactory Server { get; private set; } = null!;
    /// <summary>A programme manager with the designer's bearer token.</summary>
    public HttpClient Manager { get; private set; } = null!;
    /// <summary>A supervisor: may look, may not design.</summary>
    public HttpClient Supervisor { get; private set; } = null!;
    /// <summary>Automation with the configured administrator key.</summary>
    public HttpClient Automation { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = ServerFactory.Sqlite(_database);
        settings["ReturnWorkflows:ApiKey"] = AdministratorKey;
        Server = new ServerFactory(settings);
        Manager = await Server.WithAccessTokenAsync("manager");
        Supervisor = await Server.WithAccessTokenAsync("supervisor");
        Automation = Server.WithApiKey(AdministratorKey);
    }

    public async Task DisposeAsync()
    {
        Manager.Dispose();
        Supervisor.Dispose();
        Automation.Dispose();
        await Server.DisposeAsync();
        ServerFactory.DeleteSqlite(_database);
    }

    /// <summary>Saves a flowchart <c>Start → WriteLine</c> (or <c>Start → Event</c> when <paramref name="waits"/>).</summary>
    public async Task<JsonObject> SaveAsync(string definitionId, bool publish, bool waits = false, string? name = null)
    {
        var second = waits
            ? """{"id":"wait1","type":"Elsa.Event","version":1,"eventName":{"typeName":"String","expression":{"type":"Literal","value":"Go"}}}"""
            : """{"id":"write1","type":"Elsa.WriteLine","version":1,"text":{"typeName":"String","expression":{"type":"Literal","value":"hello"}}}""";
        var target = waits ? "wait1" : "write1";
        var body = new JsonObject
        {
            ["model"] = new JsonObject
            {
                ["definitionId"] = definitionId,
                ["name"] = name ?? definitionId,
                ["root"] = new JsonObject
                {
                    ["id"] = "flow1", ["type"] = "Elsa.Flowchart", ["version"] = 1,
                    ["activities"] = new JsonArray(JsonNode.Parse("""{"id":"start1","type":"Elsa.Start","version":1}"""), JsonNode.Parse(second)),
                    ["connections"] = new JsonArray(new JsonObject
                    {
                        ["source"] = new JsonObject { ["activity"] = "start1", ["port"] = "Done" },
                        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
                    }),
                },
            },
            ["publish"] = publish,
        };
        var response = await Manager.PostAsJsonAsync("/elsa/api/workflow-definitions", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
