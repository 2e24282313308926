using System.Diagnostics;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace ReturnWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// Runs designer JavaScript (ES2023) in Jint 4, as Elsa 3 does. Each evaluation gets a fresh engine, so nothing one
/// case's script sets is seen by the next; the parsed program is shared, because Jint's prepared scripts are
/// immutable and made to be run by many engines. The limits are Jint's own (see <see cref="ScriptSandbox"/>).
/// </summary>
public sealed class JavaScriptEvaluator(JavaScriptOptions options)
{
    // About a million characters of distinct scripts: far more than a workflow library has, a few tens of MB at most.
    private const int CachedCharacters = 1_000_000;

    private readonly PreparedScriptCache _programs = new(CachedCharacters);

    /// <summary>The script's result as a .NET value: null, bool, double, string, or a JsonNode for objects and arrays.</summary>
    /// <param name="cancellationToken">The request's token: cancelling it stops a running script.</param>
    /// <exception cref="ScriptException">The script does not parse, throws, or exceeds a limit.</exception>
    /// <exception cref="OperationCanceledException">The request was cancelled; nothing is wrong with the script.</exception>
    public object? Evaluate(string script, IScriptScope scope, CancellationToken cancellationToken = default)
    {
        // Too long to be worth caching (or parsing).
        if (script.Length > JavaScriptSyntax.MaxScriptLength)
            throw new ScriptException($"The script is longer than {JavaScriptSyntax.MaxScriptLength} characters.", null);
        var prepared = _programs.GetOrAdd(script, JavaScriptSyntax.Prepare);
        if (prepared.Program is not { } program)
            throw new ScriptException($"The script {prepared.Error}.", null);
        cancellationToken.ThrowIfCancellationRequested();

        using var engine = ScriptSandbox.CreateEngine(options, cancellationToken);
        ScriptGlobals.Install(engine, scope);
        try
        {
            var startedAt = Stopwatch.GetTimestamp();
            var result = engine.Evaluate(program);
            return ScriptValues.ToDotNet(engine, result.IsPromise() ? Settle(result, startedAt) : result);
        }
        catch (ExecutionCanceledException)
        {
            throw new OperationCanceledException("The request was cancelled while a script ran.", cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw ScriptFailures.Describe(e, options);
        }
    }

    // Elsa awaits a script's promise (an async function's result, say). Its continuations run here, under the same
    // limits, and the wait ends with the time the script had left.
    private JsValue Settle(JsValue promise, long startedAt)
    {
        var left = options.Timeout - Stopwatch.GetElapsedTime(startedAt);
        try
        {
            return promise.UnwrapIfPromise(left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1));
        }
        catch (PromiseRejectedException) when (Stopwatch.GetElapsedTime(startedAt) >= options.Timeout)
        {
            throw new TimeoutException("The script's promise did not settle in time.");
        }
    }
}

/// <summary>A script failed: it did not parse, threw, or hit a sandbox limit. The runtime records an incident.</summary>
public sealed class ScriptException(string message, Exception? inner) : Exception(message, inner);
