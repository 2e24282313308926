using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Server.Designer;

namespace ReturnWorkflows.Server.Tests.Designer;

/// <summary>The history page shows an editing burst of auto-saves as one revision, labelled with what changed.</summary>
public sealed class RevisionBurstsTests
{
    private static readonly DateTime T0 = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private static string Flowchart(string activities, string connections = "") =>
        $$$"""{"definitionId":"d","root":{"id":"flow","type":"Elsa.Flowchart","activities":[{{{activities}}}],"connections":[{{{connections}}}]}}""";

    private const string Start = """{"id":"start1","type":"Elsa.Start","metadata":{"designer":{"position":{"x":0,"y":0}}}}""";
    private const string Task = """{"id":"UserTask1","type":"ReturnWorkflows.UserTask","name":"UserTask1","title":TITLE}""";

    private static RevisionContent Save(int revision, string by, double seconds, string content) =>
        new($"r{revision}", 1, revision, by, T0.AddSeconds(seconds), content);

    [Fact]
    public void Twenty_seven_auto_saves_in_a_row_are_one_revision_saying_what_was_added_and_changed()
    {
        var saves = new List<RevisionContent> { Save(1, "manager", 0, Flowchart(Start)) };
        for (var i = 2; i <= 28; i++)
            saves.Add(Save(i, "manager", 300 + i * 5, Flowchart(Start + "," + Task.Replace("TITLE", $"\"Counselling {i}\""),
                """{"source":{"activity":"start1","port":"Done"},"target":{"activity":"UserTask1","port":"In"}}""")));

        var bursts = RevisionBursts.Group(saves, []);

        Assert.Equal(2, bursts.Count); // the first save, then (after a pause) the burst
        var burst = bursts[0];
        Assert.Equal(("r28", "manager", 27), (burst.RevisionId, burst.SavedBy, burst.Saves));
        Assert.Equal("Added User task 'UserTask1'; 1 connection made", burst.Changes);
        Assert.Equal("Added Start 'start1'", bursts[1].Changes);
    }

    [Fact]
    public void A_publish_another_person_or_a_pause_ends_a_burst_and_inputs_and_moves_are_named()
    {
        var withTask = Flowchart(Start + "," + Task.Replace("TITLE", "\"Counselling\""));
        var saves = new[]
        {
            Save(1, "manager", 0, withTask),
            Save(2, "manager", 10, withTask.Replace("\"Counselling\"", "\"Counselling session\"")),
            Save(3, "manager", 20, withTask.Replace("\"Counselling\"", "\"Counselling session\"")), // published after this
            Save(4, "manager", 30, withTask.Replace("\"Counselling\"", "\"Counselling session\"").Replace("\"x\":0", "\"x\":40")),
            Save(5, "manager2", 40, withTask),
        };
        var audit = new[] { new DefinitionAuditEntry { Id = "a", DefinitionId = "d", Action = DefinitionAction.Published, Actor = "manager", At = T0.AddSeconds(25) } };

        var bursts = RevisionBursts.Group(saves, audit);

        Assert.Equal(["r5", "r4", "r3"], bursts.Select(b => b.RevisionId));
        Assert.Equal("Changed User task 'UserTask1': title", bursts[0].Changes);
        Assert.Equal("Moved activities on the canvas", bursts[1].Changes);
        Assert.Equal(3, bursts[2].Saves);
    }

    [Fact]
    public void A_press_of_Save_ends_the_burst_it_closes_and_says_so()
    {
        var withTask = Flowchart(Start + "," + Task.Replace("TITLE", "\"Counselling\""));
        var saves = new[]
        {
            Save(1, "manager", 0, withTask),
            Save(2, "manager", 10, withTask.Replace("\"Counselling\"", "\"Counselling session\"")) with { IsExplicitSave = true },
            Save(3, "manager", 20, withTask.Replace("\"Counselling\"", "\"Intake review\"")),
            Save(4, "manager", 30, withTask.Replace("\"Counselling\"", "\"Intake\"")),
        };

        var bursts = RevisionBursts.Group(saves, []);

        Assert.Equal(["r4", "r2"], bursts.Select(b => b.RevisionId));
        Assert.Equal([false, true], bursts.Select(b => b.EndsWithSave));
        Assert.Equal([2, 2], bursts.Select(b => b.Saves));
    }
}
