using System.Diagnostics;
using ReturnWorkflows.Engine.Expressions.JavaScript;

namespace ReturnWorkflows.Benchmarks;

/// <summary>
/// How many designer conditions the JavaScript evaluator runs a second: a typical switch condition, evaluated the way
/// the engine evaluates it (the evaluator with the server's default limits, a workflow's variables behind Elsa's
/// globals), on one thread for a few seconds. The evaluator's own cache is warm after the first call, as in a server
/// that has run the workflow once.
/// </summary>
internal static class ScriptEvaluation
{
    private const string Condition = "getVariable('age') < 18 && getVariable('country') == 'PK'";

    public static void Run(int seconds)
    {
        var evaluator = new JavaScriptEvaluator(new JavaScriptOptions());
        var scope = new BenchmarkScope();
        for (var i = 0; i < 1_000; i++) Check(evaluator.Evaluate(Condition, scope)); // warm-up: JIT, caches

        var timings = new List<double>(capacity: 1 << 20);
        var total = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        while (total.Elapsed < deadline)
        {
            var start = Stopwatch.GetTimestamp();
            var result = evaluator.Evaluate(Condition, scope);
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            Check(result);
        }
        total.Stop();
        Console.WriteLine($"condition: {Condition}");
        Console.WriteLine($"{timings.Count:N0} evaluations in {total.Elapsed.TotalSeconds:F1} s on one thread: " +
                          $"{timings.Count / total.Elapsed.TotalSeconds:N0} evaluations/s");
        Console.WriteLine($"per evaluation: {Percentiles.Summary(timings, "µs")}");
    }

    // A wrong answer would make the figures meaningless.
    private static void Check(object? result)
    {
        if (result is not true) throw new InvalidOperationException($"The condition gave {result ?? "null"}, not true.");
    }

    private sealed class BenchmarkScope : IScriptScope
    {
        private readonly Dictionary<string, object?> _variables = new() { ["age"] = 16, ["country"] = "PK", ["caseNumber"] = "BA-2026-17" };
        public string WorkflowInstanceId => "bench-instance";
        public string WorkflowDefinitionId => "bench-definition";
        public string WorkflowDefinitionVersionId => "bench-definition-v1";
        public int WorkflowDefinitionVersion => 1;
        public string? CorrelationId { get; set; }
        public string? WorkflowInstanceName { get; set; }
        public IReadOnlyCollection<string> VariableNames => _variables.Keys;
        public object? GetVariable(string name) => _variables.GetValueOrDefault(name);
        public void SetVariable(string name, object? value) => _variables[name] = value;
        public object? GetInput(string name) => null;
        public IReadOnlyCollection<string> InputNames => [];
        public (object? Value, int Index)? CurrentLoopItem => null;
    }
}
