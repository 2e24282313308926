using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Tests.Support;

namespace ReturnWorkflows.Engine.Tests.Definitions;

public class WorkflowJsonRoundTripTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestPaths.Fixtures, "*.json"))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Elsa_exports_survive_import_and_export(string fixture)
    {
        var original = File.ReadAllText(Path.Combine(TestPaths.Fixtures, fixture));

        var exported = WorkflowDefinitionJson.Serialize(WorkflowDefinitionJson.Parse(original));

        SemanticJson.AssertEquivalent(original, exported);
        Assert.Equal(exported, WorkflowDefinitionJson.Serialize(WorkflowDefinitionJson.Parse(exported)));
    }

    [Theory]
    [InlineData("stored-definition-after-publish.json")]
    [InlineData("save-request-body.json")]
    public void Studio_samples_survive_import_and_export(string sample)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.StudioSamples, sample)))!;
        var definition = (json["model"] ?? json).ToJsonString();

        var exported = WorkflowDefinitionJson.Serialize(WorkflowDefinitionJson.Parse(definition));

        SemanticJson.AssertEquivalent(definition, exported);
    }

    [Fact]
    public void Stored_versions_keep_everything_but_take_their_header_from_columns()
    {
        var original = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "export-nested-connections.json"));
        var model = WorkflowDefinitionJson.Parse(original);

        var stored = WorkflowDefinitionVersion.Create("v-new", "travel-document-follow-up", 7, model, new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        var reloaded = WorkflowDefinitionJson.Serialize(stored.ToModel());

        var expected = JsonNode.Parse(original)!.AsObject();
        expected["id"] = "v-new";
        expected["version"] = 7;
        expected["isLatest"] = false;
        expected["createdAt"] = "2026-01-02T00:00:00+00:00";
        SemanticJson.AssertEquivalent(expected.ToJsonString(), reloaded);
    }

    [Fact]
    public void Flat_connections_are_read_and_written_nested()
    {
        var model = WorkflowDefinitionJson.Parse(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "export-flat-connections.json")));

        var first = model.Root!.Connections![0];
        Assert.Equal(("Start1", "Done", "WriteLine1", "In"), (first.Source.Activity, first.Source.Port, first.Target.Activity, first.Target.Port));
        var written = JsonNode.Parse(WorkflowDefinitionJson.Serialize(model))!["root"]!["connections"]![0]!;
        Assert.Equal("Start1", (string?)written["source"]!["activity"]);
        Assert.Equal("Done", (string?)written["source"]!["port"]);
        Assert.NotNull(written["vertices"]);
    }

    [Fact]
    public void Canonical_shape_has_lists_and_node_ids_where_the_studio_needs_them()
    {
        const string bare = """
            {"definitionId":null,"name":"  New workflow  ","variables":null,"inputs":null,"outputs":null,"outcomes":null,
             "customProperties":null,"options":null,"links":[{"rel":"publish"}],
             "root":{"id":"f1","type":"Elsa.Flowchart","version":1,"name":"Flowchart1",
               "activities":[{"id":"a1","type":"Elsa.WriteLine","version":1,"metadata":{"designer":{"position":{"x":1,"y":2}}}}]}}
            """;

        var json = JsonNode.Parse(WorkflowDefinitionJson.Serialize(WorkflowDefinitionJson.Parse(bare)))!;

        Assert.Equal("New workflow", (string?)json["name"]);
        foreach (var list in new[] { "variables", "inputs", "outputs", "outcomes" })
            Assert.IsType<JsonArray>(json[list]);
        Assert.Null(json["links"]);
        Assert.Equal("Workflow1:f1", (string?)json["root"]!["nodeId"]);
        Assert.Equal("Workflow1:f1:a1", (string?)json["root"]!["activities"]![0]!["nodeId"]);
        Assert.IsType<JsonArray>(json["root"]!["connections"]);
        Assert.IsType<JsonArray>(json["root"]!["variables"]);
        Assert.IsType<JsonObject>(json["root"]!["activities"]![0]!["customProperties"]);
    }

    [Fact]
    public void Designer_numbers_and_unknown_properties_survive_exactly()
    {
        var original = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "export-nested-connections.json"));

        var json = JsonNode.Parse(WorkflowDefinitionJson.Serialize(WorkflowDefinitionJson.Parse(original)))!;

        Assert.Equal("https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json", (string?)json["$schema"]);
        Assert.Equal(101.21875, (double)json["root"]!["activities"]![0]!["metadata"]!["designer"]!["size"]!["width"]!);
        Assert.Equal("ask:input-1", (string?)json["root"]!["activities"]![1]!["text"]!["memoryReference"]!["id"]);
        Assert.Equal("Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core", (string?)json["variables"]![1]!["storageDriverType"]);
        Assert.Equal("embassy", (string?)json["customProperties"]!["tags"]![1]);
    }

    [Theory]
    [InlineData("{", "not valid")]
    [InlineData("""{"root": {"activities": 5}}""", "$.root.activities")]
    [InlineData("null", "empty")]
    public void Unreadable_json_is_refused_with_the_place_named(string json, string expected)
    {
        var error = Assert.Throws<WorkflowJsonException>(() => WorkflowDefinitionJson.Parse(json));
        Assert.Contains(expected, error.Message);
    }
}
