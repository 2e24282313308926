namespace ReturnWorkflows.Engine.Expressions.JavaScript;

/// <summary>The sandbox limits for one script evaluation. Bound from <c>ReturnWorkflows:JavaScript</c>.</summary>
public sealed class JavaScriptOptions
{
    public const string Section = "ReturnWorkflows:JavaScript";

    /// <summary>Wall-clock time one evaluation may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Statements one evaluation may execute; stops runaway loops before the timeout does.</summary>
    public int MaxStatements { get; set; } = 100_000;

    public int MaxRecursionDepth { get; set; } = 256;
}
