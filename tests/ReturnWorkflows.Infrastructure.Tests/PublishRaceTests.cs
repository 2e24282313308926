using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;
using Xunit.Abstractions;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// Many writers at once on one real PostgreSQL database, each with its own connection and DI scope, as two
/// server nodes would be. The invariants must hold whoever wins.
/// </summary>
public sealed class PublishRaceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Writers = 12;
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Nodes_seeding_the_same_workflow_at_once_create_exactly_one_version()
    {
        var file = WorkflowDefinitionJson.Serialize(Workflows.Valid("seeded"));

        var results = await RaceAsync(_ => new SeedWorkflowDefinition(file, "seeded.json"));

        var versions = await VersionsAsync("seeded");
        output.WriteLine($"{Writers} seeders: {results.Count(r => r is SeedWorkflowDefinitionResult { Imported: true })} imported, " +
                         $"{results.Count(r => r is SeedWorkflowDefinitionResult { Imported: false })} found it there, {results.Count(r => r is Exception)} failed");
        Assert.All(results, r => Assert.IsType<SeedWorkflowDefinitionResult>(r));
        Assert.Single(results, r => r is SeedWorkflowDefinitionResult { Imported: true });
        var only = Assert.Single(versions);
        Assert.Equal((1, true, true), (only.Version, only.IsLatest, only.IsPublished));
    }

    [Fact]
    public async Task Concurrent_publishes_keep_one_latest_one_published_and_distinct_numbers()
    {
        await SendAsync(new SaveWorkflowDefinition(Workflows.Valid("busy"), Publish: true));

        var results = await RaceAsync(i => new SaveWorkflowDefinition(Workflows.Valid("busy", name: $"edit {i}"), Publish: true));

        var versions = await VersionsAsync("busy");
        var succeeded = results.Count(r => r is SaveWorkflowDefinitionResult);
        var conflicts = results.Count(r => r is ConflictException);
        output.WriteLine($"{Writers} publishers: {succeeded} succeeded, {conflicts} answered 409 after retries; {versions.Count} versions stored");
        Assert.Equal(Writers, succeeded + conflicts);
        Assert.Equal(succeeded + 1, versions.Count);
        Assert.Equal(versions.Count, versions.Select(v => v.Version).Distinct().Count());
        Assert.Single(versions, v => v.IsLatest);
        var published = Assert.Single(versions, v => v.IsPublished);
        Assert.Equal(versions.Max(v => v.Version), published.Version);
    }

    private Task<object[]> RaceAsync<T>(Func<int, IRequest<T>> command) =>
        Race.RunAsync(Writers, async i => (object)(await _database.SendAsync(command(i)))!);

    private Task<T> SendAsync<T>(IRequest<T> command) => _database.SendAsync(command);

    private Task<List<WorkflowDefinitionVersion>> VersionsAsync(string definitionId) =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().WorkflowDefinitionVersions
            .AsNoTracking().Where(v => v.DefinitionId == definitionId).ToListAsync());
}
