using System.Globalization;
using Jint;
using JintEngine = Jint.Engine;

namespace ReturnWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// A fresh Jint engine for one evaluation, with every limit enforced by Jint itself and no way to .NET: CLR interop
/// stays off (no <c>AllowClr</c>), so scripts see JavaScript's built-ins and Elsa's globals only.
/// </summary>
internal static class ScriptSandbox
{
    public static JintEngine CreateEngine(JavaScriptOptions limits, CancellationToken cancellationToken)
    {
        var options = new Options()
            .TimeoutInterval(limits.Timeout)
            .MaxStatements(limits.MaxStatements)
            .LimitRecursion(limits.MaxRecursionDepth)
            .LimitMemory(limits.MaxMemoryBytes)
            .RegexTimeoutInterval(limits.RegexTimeout)
            .CancellationToken(cancellationToken)
            .Culture(CultureInfo.InvariantCulture)
            .LocalTimeZone(TimeZoneInfo.Utc);
        // Deep recursion inside built-ins (a sort comparator, a JSON reviver) is not counted by the recursion limit;
        // the guard turns a native stack overflow, which would end the process, into a RangeError.
        options.Constraints.StackOverflowGuard = true;
        return new JintEngine(options);
    }
}
