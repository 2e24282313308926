namespace ReturnWorkflows.Engine.Runtime.Execution;

/// <summary>Elsa's incident strategies, named by type as definitions store them (elsa-semantics.md §6).</summary>
public static class IncidentStrategies
{
    public const string Fault = "Elsa.Workflows.IncidentStrategies.FaultStrategy, Elsa.Workflows.Core";
    public const string ContinueWithIncidents = "Elsa.Workflows.IncidentStrategies.ContinueWithIncidentsStrategy, Elsa.Workflows.Core";

    /// <summary>True for the continue-with-incidents strategy, however its type name is written; anything else faults.</summary>
    public static bool ContinuesAfterFault(string? strategyType)
    {
        if (string.IsNullOrWhiteSpace(strategyType)) return false;
        var typeName = strategyType.Split(',')[0].Trim();
        return typeName[(typeName.LastIndexOf('.') + 1)..] == "ContinueWithIncidentsStrategy";
    }
}
