using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Engine.Activities;

/// <summary>
/// Activities whose behaviour has not landed yet fault with this instead of pretending to run. Each names what is
/// missing, so an incident tells the operator exactly why.
/// </summary>
public sealed class NotYetRunnableException(string activityType, string missing)
    : Exception($"{activityType} cannot run on this server yet: {missing}.");
