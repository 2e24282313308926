namespace ReturnWorkflows.Engine.Runtime;

/// <summary>Questions about instances that definition commands need answered.</summary>
public interface IWorkflowInstanceQueries
{
    Task<int> CountByDefinitionAsync(string definitionId, CancellationToken cancellationToken);
}
