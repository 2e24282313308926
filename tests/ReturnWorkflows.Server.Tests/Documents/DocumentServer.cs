using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Tests.Cases;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.Documents;

/// <summary>
/// One server on PostgreSQL for the document tests, its documents in a folder of its own and a small size limit
/// (<see cref="MaxBytes"/>) so that "too large" is cheap to send; a client per demo role.
/// </summary>
public class DocumentServer : IAsyncLifetime
{
    public const int MaxBytes = 64 * 1024;
    private readonly Dictionary<string, HttpClient> _clients = [];

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"rw-documents-{Guid.NewGuid():N}");
    public ServerFactory Server { get; private set; } = null!;

    /// <summary>The database settings; <see cref="SqliteDocumentServer"/> gives a SQLite file instead.</summary>
    protected virtual async Task<Dictionary<string, string?>> DatabaseAsync() => new()
    {
        ["ReturnWorkflows:Database:Provider"] = "PostgreSql",
        ["ReturnWorkflows:Database:ConnectionString"] = await PostgresServer.Shared.CreateDatabaseAsync("rw_documents"),
    };

    public async Task InitializeAsync()
    {
        var settings = await DatabaseAsync();
        settings["ReturnWorkflows:Documents:Path"] = Folder;
        settings["ReturnWorkflows:Documents:MaxBytes"] = MaxBytes.ToString();
        Server = new ServerFactory(settings);
        foreach (var user in new[] { "counsellor", "counsellor.belgrade", "supervisor", "protection", "manager", "partner" })
            _clients[user] = await Server.WithAccessTokenAsync(user);
    }

    public HttpClient As(string userName) => _clients[userName];

    public async Task<T> InDatabaseAsync<T>(Func<ReturnWorkflowsDbContext, Task<T>> read)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>());
    }

    /// <summary>A case opened by the Sarajevo counsellor for a family of three: its id and the principal's.</summary>
    public async Task<(string CaseId, string Principal)> OpenFamilyAsync(string family)
    {
        var response = await As("counsellor").PostAsJsonAsync("/api/cases", CaseBodies.Intake(family));
        var id = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!;
        var persons = (await As("counsellor").GetJsonAsync($"/api/cases/{id}"))["persons"]!.AsArray();
        return (id, (string)persons[0]!["id"]!);
    }

    /// <summary>A small PDF holding <paramref name="text"/> in plain sight, as a scanned form would hold a name.</summary>
    public static byte[] Pdf(string text) => Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Title ({text}) >> endobj\n%%EOF\n");

    public static MultipartFormDataContent Upload(byte[] content, string fileName, string? section, string? personId = null,
        string contentType = "application/pdf")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        if (section is not null) form.Add(new StringContent(section), "section");
        if (personId is not null) form.Add(new StringContent(personId), "personId");
        return form;
    }

    /// <summary>Uploads as <paramref name="userName"/> and answers the new document's id (failing the test otherwise).</summary>
    public async Task<string> UploadAsync(string userName, string caseId, byte[] content, string fileName, string section, string? personId = null)
    {
        var response = await As(userName).PostAsync($"/api/cases/{caseId}/documents", Upload(content, fileName, section, personId));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return (string)JsonNode.Parse(body)!["documentId"]!;
    }

    public string[] FilesOnDisk() => Directory.Exists(Folder) ? Directory.GetFiles(Folder) : [];

    public virtual async Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        await Server.DisposeAsync();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>The same document server on a SQLite file, for the tests whose audit rows must hold on both providers.</summary>
public sealed class SqliteDocumentServer : DocumentServer
{
    private readonly string _file = ServerFactory.NewSqliteDatabase();

    protected override Task<Dictionary<string, string?>> DatabaseAsync() => Task.FromResult(ServerFactory.Sqlite(_file));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        ServerFactory.DeleteSqlite(_file);
    }
}
