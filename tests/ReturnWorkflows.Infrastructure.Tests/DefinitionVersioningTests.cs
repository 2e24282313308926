using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Definitions.Validation;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>Elsa's version rules through the real command pipeline and database, on both providers.</summary>
public abstract class DefinitionVersioningTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);
    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_new_definition_is_version_1_a_latest_draft_and_saving_again_overwrites_it()
    {
        var first = await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("intake"), Publish: false));
        var second = await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("intake", name: "Renamed"), Publish: false));

        Assert.Equal((1, true, false), (first.WorkflowDefinition.Version, first.WorkflowDefinition.IsLatest, first.WorkflowDefinition.IsPublished));
        Assert.Equal(first.WorkflowDefinition.Id, second.WorkflowDefinition.Id);
        Assert.Equal("Renamed", (await VersionsAsync("intake")).Single().Name);
    }

    [Fact]
    public async Task Saving_after_publishing_makes_the_next_version_and_the_published_one_stays_published()
    {
        await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("intake"), Publish: true));
        var draft = await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("intake", name: "v2"), Publish: false));

        Assert.Equal(2, draft.WorkflowDefinition.Version);
        var versions = await VersionsAsync("intake");
        Assert.Equal([(1, false, true), (2, true, false)], versions.Select(v => (v.Version, v.IsLatest, v.IsPublished)));

        await SendAsync(new PublishWorkflowDefinition("intake"));
        versions = await VersionsAsync("intake");
        Assert.Equal([(1, false, false), (2, true, true)], versions.Select(v => (v.Version, v.IsLatest, v.IsPublished)));
    }

    [Fact]
    public async Task Each_publish_through_save_creates_a_new_version_number()
    {
        for (var i = 0; i < 3; i++)
            await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("intake"), Publish: true));

        var versions = await VersionsAsync("intake");
        Assert.Equal([(1, false, false), (2, false, false), (3, true, true)], versions.Select(v => (v.Version, v.IsLatest, v.IsPublished)));
    }

    [Fact]
    public async Task Publishing_an_already_published_latest_changes_nothing_and_says_so()
    {
        await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("intake"), Publish: true));

        var again = await SendAsync(new PublishWorkflowDefinition("intake"));

        Assert.True(again.AlreadyPublished);
        Assert.Single(await VersionsAsync("intake"));
    }

    [Fact]
    public async Task Retract_unpublishes_and_refuses_when_nothing_is_published()
    {
        await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("intake"), Publish: true));

        var retracted = await SendAsync(new RetractWorkflowDefinition("intake"));
        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => SendAsync(new RetractWorkflowDefinition("intake")));

        Assert.False(retracted.IsPublished);
        Assert.True(retracted.IsLatest);
        Assert.Contains("no published version", error.Message);
        Assert.Equal("definitionId", error.Errors.Keys.Single());
    }

    [Fact]
    public async Task Version_options_find_what_Elsa_finds()
    {
        await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("intake"), Publish: true));
        await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("intake"), Publish: false));

        var found = await _database.InScopeAsync(async scope =>
        {
            var store = scope.GetRequiredService<IWorkflowDefinitionStore>();
            async Task<int?> Find(VersionOptions o) => (await store.FindAsync("intake", o, default))?.Version;
            return new[]
            {
                await Find(VersionOptions.Latest), await Find(VersionOptions.Published), await Find(VersionOptions.Draft),
                await Find(VersionOptions.LatestAndPublished), await Find(VersionOptions.SpecificVersion(1)), await Find(VersionOptions.SpecificVersion(9)),
                (await store.FindManyAsync("intake", VersionOptions.LatestOrPublished, default)).Count,
            };
        });

        Assert.Equal(new int?[] { 2, 1, 2, null, 1, null, 2 }, found);
    }

    [Fact]
    public async Task A_publish_that_fails_validation_changes_nothing_not_even_the_draft()
    {
        await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("intake", name: "good"), Publish: false));

        var error = await Assert.ThrowsAsync<WorkflowValidationException>(() =>
            SendAsync(new SaveWorkflowDefinition(Workflows.WithUnknownActivity("intake"), Publish: true)));

        Assert.Contains(error.ValidationErrors, e => e.ActivityId == "mystery" && e.Message.Contains("unknown type 'Avr.Mystery'"));
        var stored = Assert.Single(await VersionsAsync("intake"));
        Assert.Equal(("good", false), (stored.Name, stored.IsPublished));
    }

    [Fact]
    public async Task A_draft_may_be_incomplete()
    {
        var saved = await SendAsync(new SaveWorkflowDefinition(Workflows.WithUnknownActivity("intake"), Publish: false));

        Assert.False(saved.WorkflowDefinition.IsPublished);
    }

    [Fact]
    public async Task Import_reads_Elsa_exports_and_publishes_when_the_file_says_so()
    {
        var json = WorkflowDefinitionJson.Serialize(Workflows.Valid("exported", isPublished: true));

        var imported = await SendAsync(new ImportWorkflowDefinition(json));
        var broken = await Assert.ThrowsAsync<CommandRejectedException>(() => SendAsync(new ImportWorkflowDefinition("{\"root\": [")));

        Assert.True(imported.WorkflowDefinition.IsPublished);
        Assert.StartsWith("json", broken.Errors.Keys.Single());
    }

    [Fact]
    public async Task Deleting_refuses_a_definition_with_instances_and_removes_one_without()
    {
        var saved = await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("with-cases"), Publish: true));
        await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("unused"), Publish: true));
        await _database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            db.WorkflowInstances.Add(new WorkflowInstance
            {
                Id = "i1", DefinitionId = "with-cases", DefinitionVersionId = saved.WorkflowDefinition.Id!, DefinitionVersion = 1,
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });

        var refused = await Assert.ThrowsAsync<ConflictException>(() => SendAsync(new DeleteWorkflowDefinition("with-cases")));
        var deleted = await SendAsync(new DeleteWorkflowDefinition("unused"));

        Assert.Contains("1 instance", refused.Message);
        Assert.Single(await VersionsAsync("with-cases"));
        Assert.Equal(1, deleted.DeletedVersions);
        Assert.Empty(await VersionsAsync("unused"));
    }

    [Theory]
    [InlineData("case/../etc", "definitionId")]
    [InlineData("ok-id", "name")]
    public async Task Every_way_in_checks_the_same_field_limits(string definitionId, string field)
    {
        var model = Workflows.Valid(definitionId, name: field == "name" ? new string('n', 201) : "fine");

        var imported = await Assert.ThrowsAsync<CommandRejectedException>(() => SendAsync(new ImportWorkflowDefinition(WorkflowDefinitionJson.Serialize(model))));
        var seeded = await Assert.ThrowsAsync<CommandRejectedException>(() => SendAsync(new SeedWorkflowDefinition(WorkflowDefinitionJson.Serialize(model), "x.json")));
        var key = await Assert.ThrowsAsync<CommandRejectedException>(() => SendAsync(new SaveWorkflowDefinition(Workflows.Valid("k"), false, new string('k', 201))));

        Assert.Equal(field, imported.Errors.Keys.Single());
        Assert.Equal(field, seeded.Errors.Keys.Single());
        Assert.Equal("idempotencyKey", key.Errors.Keys.Single());
        Assert.Empty(await VersionsAsync(definitionId));
    }

    [Fact]
    public async Task A_repeated_idempotency_key_gets_the_first_answer_and_changes_nothing()
    {
        var first = await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("intake"), Publish: true, IdempotencyKey: "k-1"));
        var retry = await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("intake"), Publish: true, IdempotencyKey: "k-1"));
        var misuse = await Assert.ThrowsAsync<ConflictException>(() =>
            SendAsync(new SaveWorkflowDefinition(Workflows.Valid("intake", name: "other"), Publish: true, IdempotencyKey: "k-1")));

        Assert.Equal(first.WorkflowDefinition.Id, retry.WorkflowDefinition.Id);
        Assert.Single(await VersionsAsync("intake"));
        Assert.Equal("idempotencyKey", misuse.Errors.Keys.Single());
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_latest_or_published_version()
    {
        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            var now = DateTime.UtcNow;
            foreach (var (id, number) in new[] { ("a", 1), ("b", 2) })
            {
                var version = WorkflowDefinitionVersion.Create(id, "twice", number, Workflows.Valid("twice"), now);
                db.Entry(version).Property(v => v.IsLatest).CurrentValue = true;
                db.Add(version);
            }
            await db.SaveChangesAsync();
        }));

        Assert.Contains("same row", error.Message);
    }

    [Fact]
    public async Task Seeding_imports_once_and_never_overwrites_a_newer_version()
    {
        var file = WorkflowDefinitionJson.Serialize(Workflows.Valid("shipped", version: 2));

        var first = await SendAsync(new SeedWorkflowDefinition(file, "shipped.json"));
        var again = await SendAsync(new SeedWorkflowDefinition(file, "shipped.json"));
        await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("shipped", name: "manager's edit"), Publish: true));
        var afterEdit = await SendAsync(new SeedWorkflowDefinition(WorkflowDefinitionJson.Serialize(Workflows.Valid("shipped", version: 3)), "shipped.json"));

        Assert.Equal((2, true), (first.Version, first.Imported));
        Assert.False(again.Imported);
        Assert.False(afterEdit.Imported);
        var published = (await VersionsAsync("shipped")).Single(v => v.IsPublished);
        Assert.Equal(("manager's edit", 3), (published.Name, published.Version));
    }

    [Fact]
    public async Task A_newer_shipped_file_replaces_a_shipped_version_but_never_a_managers_edit()
    {
        await SendAsync(new SeedWorkflowDefinition(WorkflowDefinitionJson.Serialize(Workflows.Valid("shipped", name: "v1 file", version: 1)), "shipped.json"));
        var upgrade = await SendAsync(new SeedWorkflowDefinition(WorkflowDefinitionJson.Serialize(Workflows.Valid("shipped", name: "v2 file", version: 2)), "shipped.json"));
        await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("shipped", name: "manager's edit"), Publish: true));
        var blocked = await SendAsync(new SeedWorkflowDefinition(WorkflowDefinitionJson.Serialize(Workflows.Valid("shipped", name: "v9 file", version: 9)), "shipped.json"));

        Assert.Equal((2, true), (upgrade.Version, upgrade.Imported));
        Assert.False(blocked.Imported);
        Assert.Equal("manager's edit", (await VersionsAsync("shipped")).Single(v => v.IsPublished).Name);
    }

    [Theory]
    [InlineData("export-nested-connections.json")]
    [InlineData("export-flat-connections.json")]
    [InlineData("export-nested-body-and-switch.json")]
    [InlineData("export-with-bom.json")]
    public async Task Imported_files_come_back_out_of_the_database_unchanged_in_meaning(string fixture)
    {
        var original = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));
        var definitionId = WorkflowDefinitionJson.Parse(original).DefinitionId!;

        var imported = await SendAsync(new ImportWorkflowDefinition(original));
        var exported = await SendAsync(new ExportWorkflowDefinition(definitionId, VersionOptions.Latest));

        // The server numbers and stamps versions itself; everything else must survive.
        var expected = System.Text.Json.Nodes.JsonNode.Parse(original.TrimStart('\uFEFF'))!.AsObject();
        foreach (var header in new[] { "$schema", "id", "version", "createdAt", "isLatest", "isPublished" })
            expected.Remove(header);
        var actual = System.Text.Json.Nodes.JsonNode.Parse(exported.Json)!.AsObject();
        // Elsa's export files begin with their schema (Elsa Studio checks it before importing).
        Assert.Equal(("$schema", "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json"), (actual.First().Key, (string?)actual.First().Value));
        foreach (var header in new[] { "$schema", "id", "version", "createdAt", "isLatest", "isPublished" })
            actual.Remove(header);
        ReturnWorkflows.Engine.Tests.Support.SemanticJson.AssertEquivalent(expected.ToJsonString(), actual.ToJsonString());
        Assert.Equal($"workflow-definition-{definitionId}-v1.json", exported.FileName);
        Assert.Equal(imported.WorkflowDefinition.Id, System.Text.Json.Nodes.JsonNode.Parse(exported.Json)!["id"]!.GetValue<string>());
    }

    private Task<T> SendAsync<T>(IRequest<T> command) => _database.SendAsync(command);

    private Task<List<WorkflowDefinitionVersion>> VersionsAsync(string definitionId) =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().WorkflowDefinitionVersions
            .AsNoTracking().Where(v => v.DefinitionId == definitionId).OrderBy(v => v.Version).ToListAsync());
}

public sealed class SqliteDefinitionVersioningTests() : DefinitionVersioningTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlDefinitionVersioningTests() : DefinitionVersioningTests(DatabaseProvider.PostgreSql);
