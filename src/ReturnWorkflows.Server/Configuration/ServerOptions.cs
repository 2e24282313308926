namespace ReturnWorkflows.Server.Configuration;

/// <summary>Bound from <c>ReturnWorkflows</c> (environment: <c>ReturnWorkflows__...</c>).</summary>
public sealed class ServerOptions
{
    public const string Section = "ReturnWorkflows";

    /// <summary>
    /// The folder whose <c>*.json</c> workflow definitions are imported and published at start. Relative paths
    /// are taken from the server's own folder, where the build copies <c>workflows/</c>.
    /// </summary>
    public string WorkflowsFolder { get; set; } = "workflows";

    public string ResolveWorkflowsFolder() =>
        Path.IsPathRooted(WorkflowsFolder) ? WorkflowsFolder : Path.Combine(AppContext.BaseDirectory, WorkflowsFolder);
}
