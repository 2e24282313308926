using System.Text.RegularExpressions;
using Jint.Runtime;

namespace ReturnWorkflows.Engine.Expressions.JavaScript;

/// <summary>What a failed evaluation tells the incident: which limit stopped the script, or that it threw.</summary>
internal static class ScriptFailures
{
    public static ScriptException Describe(Exception failure, JavaScriptOptions limits) => failure switch
    {
        JavaScriptException e => new ScriptException($"The script threw: {e.Message}", e),
        PromiseRejectedException e => new ScriptException($"The script threw: {e.Message}", e),
        StatementsCountOverflowException e => new ScriptException($"The script was stopped after {limits.MaxStatements} statements (an endless loop?).", e),
        // Before TimeoutException, of which it is a kind.
        RegexMatchTimeoutException => new ScriptException($"A regular expression in the script took longer than {limits.RegexTimeout.TotalSeconds:0.###} s.", null),
        TimeoutException e => new ScriptException($"The script was stopped after {limits.Timeout.TotalSeconds:0.###} s.", e),
        RecursionDepthOverflowException e => new ScriptException($"The script recursed deeper than {limits.MaxRecursionDepth} calls.", e),
        MemoryLimitExceededException e => new ScriptException($"The script was stopped after allocating more than {limits.MaxMemoryMegabytes} MB.", e),
        OutOfMemoryException => new ScriptException("The script tried to build a value too large to hold.", null),
        // Helpers fail with .NET exceptions, sometimes wrapped. Only the kind of failure is kept: messages of
        // conversion errors can quote the value, which may be personal data.
        System.Reflection.TargetInvocationException { InnerException: { } cause } => Describe(cause, limits),
        ScriptException e => e, // a helper refused a value (a result nested too deeply)
        _ => new ScriptException($"The script failed: {failure.GetType().Name}.", null),
    };
}
