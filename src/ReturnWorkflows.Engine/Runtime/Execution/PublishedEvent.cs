using System.Text.Json.Nodes;

namespace ReturnWorkflows.Engine.Runtime.Execution;

/// <summary>An event a workflow published, delivered once its step's work is done.</summary>
/// <param name="InstanceId">Set for a local event: only the publishing instance receives it.</param>
public sealed record PublishedEvent(string EventName, string? CorrelationId, string? InstanceId, JsonNode? Payload);
