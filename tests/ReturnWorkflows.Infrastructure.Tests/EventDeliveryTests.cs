using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

public abstract class EventDeliveryTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);
    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task An_event_awaited_twice_in_one_instance_is_delivered_without_failing_on_the_wait_it_cancelled()
    {
        const string definition = """
            {"definitionId":"two-waits","root":{"id":"f","type":"Elsa.Flowchart","activities":[
              {"id":"s","type":"Elsa.Start"},
              {"id":"fork","type":"Elsa.FlowFork","branches":{"typeName":"String[]","expression":{"type":"Object","value":"[\"A\",\"B\"]"}}},
              {"id":"a","type":"Elsa.Event","eventName":{"typeName":"String","expression":{"type":"Literal","value":"Approved"}}},
              {"id":"b","type":"Elsa.Event","eventName":{"typeName":"String","expression":{"type":"Literal","value":"Approved"}}},
              {"id":"join","type":"Elsa.FlowJoin","mode":{"typeName":"String","expression":{"type":"Literal","value":"WaitAny"}}}],
             "connections":[{"source":{"activity":"s","port":"Done"},"target":{"activity":"fork","port":"In"}},
               {"source":{"activity":"fork","port":"A"},"target":{"activity":"a","port":"In"}},
               {"source":{"activity":"fork","port":"B"},"target":{"activity":"b","port":"In"}},
               {"source":{"activity":"a","port":"Done"},"target":{"activity":"join","port":"In"}},
               {"source":{"activity":"b","port":"Done"},"target":{"activity":"join","port":"In"}}]}}
            """;
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(definition), Publish: true));
        var started = await _database.SendAsync(new StartWorkflow("two-waits"));
        Assert.Equal(2, started.Bookmarks.Count);

        var results = await _database.SendAsync(new RaiseEvent("Approved", InstanceId: started.InstanceId));

        Assert.Equal(WorkflowSubStatus.Finished, Assert.Single(results).SubStatus);
    }
}

public sealed class SqliteEventDeliveryTests() : EventDeliveryTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlEventDeliveryTests() : EventDeliveryTests(DatabaseProvider.PostgreSql);
