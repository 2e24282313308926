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

    /// <summary>
    /// Megabytes one evaluation may allocate (Jint counts what the evaluating thread allocates while the script runs,
    /// garbage included), so a script growing an array or a string without end stops long before the server runs
    /// out of memory. A typical condition allocates a few kilobytes.
    /// </summary>
    public int MaxMemoryMegabytes { get; set; } = 32;

    /// <summary>Time one regular expression match may take; bounds catastrophic backtracking.</summary>
    public TimeSpan RegexTimeout { get; set; } = TimeSpan.FromSeconds(1);

    internal long MaxMemoryBytes => MaxMemoryMegabytes * 1024L * 1024L;
}
