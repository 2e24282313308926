using System.Text.Json.Nodes;

namespace ReturnWorkflows.Engine.Runtime.Execution;

/// <summary>What makes an instance run: a start, or a bookmark being resumed.</summary>
public abstract record Stimulus(JsonObject? Input);

/// <param name="TriggerActivityId">The activity that starts the run (a trigger), when not the flowchart's own start.</param>
public sealed record StartStimulus(string? TriggerActivityId = null, JsonObject? Input = null) : Stimulus(Input);

public sealed record ResumeStimulus(Bookmark Bookmark, JsonObject? Input = null) : Stimulus(Input);

/// <summary>An operator retries a faulted activity: it runs again from its inputs, in its place in the flowchart.</summary>
public sealed record RetryStimulus(string ActivityInstanceId) : Stimulus((JsonObject?)null);
