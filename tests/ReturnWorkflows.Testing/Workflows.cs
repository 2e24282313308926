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

    /// <summary>Start, a one-day Delay, then a line.</summary>
    public const string WaitOneDay = """
        {"definitionId":"wait-one-day","name":"Wait one day",
         "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
           {"id":"start","type":"Elsa.Start"},
           {"id":"wait","type":"Elsa.Delay","timeSpan":{"typeName":"TimeSpan","expression":{"type":"Literal","value":"1.00:00:00"}}},
           {"id":"done","type":"Elsa.WriteLine","text":{"typeName":"String","expression":{"type":"Literal","value":"Waited"}}}],
          "connections":[
           {"source":{"activity":"start","port":"Done"},"target":{"activity":"wait","port":"In"}},
           {"source":{"activity":"wait","port":"Done"},"target":{"activity":"done","port":"In"}}]}}
        """;

    /// <summary>Start and a Delay whose length comes from the workflow input "Wait" (a TimeSpan text).</summary>
    public const string WaitFromInput = """
        {"definitionId":"wait-from-input","name":"Wait from input",
         "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
           {"id":"start","type":"Elsa.Start"},
           {"id":"wait","type":"Elsa.Delay","timeSpan":{"typeName":"TimeSpan","expression":{"type":"JavaScript","value":"getInput('Wait')"}}}],
          "connections":[{"source":{"activity":"start","port":"Done"},"target":{"activity":"wait","port":"In"}}]}}
        """;

    /// <summary>A counsellor records the informed decision: Approved or Rejected, each with its own next step.</summary>
    public const string CounsellingDecision = """
        {"definitionId":"counselling-decision","name":"Counselling decision",
         "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
           {"id":"start","type":"Elsa.Start"},
           {"id":"decide","type":"ReturnWorkflows.UserTask",
            "title":{"typeName":"String","expression":{"type":"Literal","value":"Record the informed decision"}},
            "candidateRole":{"typeName":"String","expression":{"type":"Literal","value":"Counsellor"}},
            "candidateOffice":{"typeName":"String","expression":{"type":"Literal","value":"SRB-BG"}},
            "due":{"typeName":"String","expression":{"type":"Literal","value":"+3 days"}},
            "outcomes":{"typeName":"String[]","expression":{"type":"Object","value":"[\"Approved\",\"Rejected\"]"}}},
           {"id":"approved","type":"Elsa.WriteLine","text":{"typeName":"String","expression":{"type":"Literal","value":"approved"}}},
           {"id":"rejected","type":"Elsa.WriteLine","text":{"typeName":"String","expression":{"type":"Literal","value":"rejected"}}}],
          "connections":[
           {"source":{"activity":"start","port":"Done"},"target":{"activity":"decide","port":"In"}},
           {"source":{"activity":"decide","port":"Approved"},"target":{"activity":"approved","port":"In"}},
           {"source":{"activity":"decide","port":"Rejected"},"target":{"activity":"rejected","port":"In"}}]}}
        """;

    /// <summary><see cref="CounsellingDecision"/> for an office's counsellors, its task asking for the shipped counselling-session form.</summary>
    public static string CounsellingDecisionWithForm(string office) => CounsellingDecision
        .Replace("SRB-BG", office)
        .Replace("\"due\":", "\"formKey\":{\"typeName\":\"String\",\"expression\":{\"type\":\"Literal\",\"value\":\"counselling-session\"}},\"due\":");

    /// <summary>
    /// <see cref="CounsellingDecision"/> as "reminded", its task displayed as "Counselling session" (as the Studio writes
    /// display text) with two reminders and an escalation; its title names a person, as an evaluated title may.
    /// </summary>
    public static string CounsellingWithReminders(string office = "SRB-BG") => CounsellingDecision
        .Replace("counselling-decision", "reminded")
        .Replace("SRB-BG", office)
        .Replace("Record the informed decision", "Record the informed decision of Amra Hodzic")
        .Replace("\"type\":\"ReturnWorkflows.UserTask\",", "\"type\":\"ReturnWorkflows.UserTask\",\"metadata\":{\"displayText\":\"Counselling session\"},")
        .Replace("\"due\":", """
            "reminders":{"typeName":"String","expression":{"type":"Literal","value":"-1 day, +1 day"}},
            "escalateAfter":{"typeName":"String","expression":{"type":"Literal","value":"+2 days"}},"due":
            """);

    public static WorkflowDefinitionModel WithUnknownActivity(string definitionId)
    {
        var model = Valid(definitionId, name: "broken");
        model.Root!.Activities!.Add(new ActivityNode { Id = "mystery", Type = "Avr.Mystery" });
        return model;
    }
}
