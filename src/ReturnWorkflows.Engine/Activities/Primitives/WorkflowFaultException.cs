namespace ReturnWorkflows.Engine.Activities.Primitives;

/// <summary>Raised by the Fault activity: the designer's deliberate fault, recorded as an incident.</summary>
public sealed class WorkflowFaultException(string message, string code, string category) : Exception(message)
{
    public string Code { get; } = code;
    public string Category { get; } = category;
}
