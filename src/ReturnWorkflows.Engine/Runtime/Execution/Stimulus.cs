using System.Text.Json.Nodes;

namespace ReturnWorkflows.Engine.Runtime.Execution;

/// <summary>What makes an instance run: a start, or a bookmark being resumed.</summary>
public abstract record Stimulus(JsonObject? Input);

/// <param name="TriggerActivityId">The activity that starts the run (a trigger), when not the flowchart's own start.</param>
public sealed record StartStimulus(string? TriggerActivityId = null, JsonObject? Input = null) : Stimulus(Input);

public sealed record ResumeStimulus(Bookmark Bookmark, JsonObject? Input = null) : Stimulus(Input);
