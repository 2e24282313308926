using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Testing;

/// <summary>Small definitions for tests, built from Elsa JSON so they exercise the same reader as imports.</summary>
public static class Workflows
{
    public static WorkflowDefinitionModel Valid(string definitionId, string name = "Intake", int version = 1, bool isPublished = false) =>
        WorkflowDefinitionJson.Parse("""
            {"definitionId":"@id","name":"@name","version":@version,"isPublished":@published,
             "root":{"id":"flow","type":"Elsa.Flowchart","version":1,
               "activities":[
                 {"id":"start","type":"Elsa.Start","version":1},
                 {"id":"hello","type":"Elsa.WriteLine","version":1,"text":{"typeName":"String","expression":{"type":"Literal","value":"Case opened"}}},
                 {"id":"end","type":"Elsa.End","version":1}],
               "connections":[
                 {"source":{"activity":"start","port":"Done"},"target":{"activity":"hello","port":"In"}},
                 {"source":{"activity":"hello","port":"Done"},"target":{"activity":"end","port":"In"}}]}}
            """.Replace("@id", definitionId).Replace("@name", name).Replace("@version", version.ToString())
               .Replace("@published", isPublished ? "true" : "false"));

    /// <summary>Start, then wait for the "ArrivalConfirmed" event, then write a line.</summary>
    public const string ArrivalFollowUp = """
        {"definitionId":"arrival-follow-up","name":"Arrival follow-up",
         "root":{"id":"flow","type":"Elsa.Flowchart","version":1,
           "activities":[
             {"id":"start","type":"Elsa.Start","version":1},
             {"id":"arrived","type":"Elsa.Event","version":1,"eventName":{"typeName":"String","expression":{"type":"Literal","value":"ArrivalConfirmed"}}},
             {"id":"done","type":"Elsa.WriteLine","version":1,"text":{"typeName":"String","expression":{"type":"Literal","value":"Arrived"}}}],
           "connections":[
             {"source":{"activity":"start","port":"Done"},"target":{"activity":"arrived","port":"In"}},
             {"source":{"activity":"arrived","port":"Done"},"target":{"activity":"done","port":"In"}}]}}
        """;

    public static WorkflowDefinitionModel WithUnknownActivity(string definitionId)
    {
        var model = Valid(definitionId, name: "broken");
        model.Root!.Activities!.Add(new ActivityNode { Id = "mystery", Type = "Avr.Mystery" });
        return model;
    }
}
