namespace ReturnWorkflows.Benchmarks;

/// <summary>The entry point (not top-level statements: the server's own Program class is referenced here).</summary>
internal static class Scenarios
{
    // Each scenario prints its figures; the README quotes them with the machine they were taken on.
    public static async Task<int> Main(string[] args)
    {
        var scenario = args.FirstOrDefault() ?? "designer";
        switch (scenario)
        {
            case "designer":
                await DesignerLoad.RunAsync(rounds: args.Length > 1 ? int.Parse(args[1]) : 7);
                return 0;
            case "timers":
                await TimerLateness.RunAsync(timers: args.Length > 1 ? int.Parse(args[1]) : 10_000);
                return 0;
            case "hangfire-node": // started by the timers scenario, not by hand
                await PlainHangfireNode.RunNodeAsync(args[1]);
                return 0;
            case "inbox":
                await InboxQuery.RunAsync(tasks: args.Length > 1 ? int.Parse(args[1]) : 100_000);
                return 0;
            case "completions":
                await TaskCompletions.RunAsync(seconds: args.Length > 1 ? int.Parse(args[1]) : 20);
                return 0;
            case "duplicates":
                await DuplicateCheckLatency.RunAsync(persons: args.Length > 1 ? int.Parse(args[1]) : 250_000, providers: args.Length > 2 ? args[2] : "Sqlite,PostgreSql");
                return 0;
            case "javascript":
                ScriptEvaluation.Run(seconds: args.Length > 1 ? int.Parse(args[1]) : 5);
                return 0;
            default:
                Console.Error.WriteLine($"Unknown scenario '{scenario}'. Scenarios: designer [rounds], timers [count], inbox [tasks], completions [seconds per round], duplicates [persons] [Sqlite,PostgreSql], javascript [seconds]");
                return 2;
        }
    }
}
