using System.Text.Json.Nodes;

namespace ReturnWorkflows.Engine.Runtime.Execution;

/// <summary>An event a workflow published, delivered once its step's work is done.</summary>
/// <param name="InstanceId">Set for a local event: only the publishing instance receives it.</param>
public sealed record PublishedEvent(string EventName, string? CorrelationId, string? InstanceId, JsonNode? Payload);

/// <summary>
/// A workflow an activity asked to start after its step: the definition's published version at that moment, for the
/// same case and correlation as the asking instance (a test run's start is a test run of the same tester).
/// </summary>
public sealed record WorkflowStartRequest(string DefinitionId, JsonObject? Input);
