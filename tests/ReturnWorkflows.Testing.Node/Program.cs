using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;
using Microsoft.Extensions.DependencyInjection;

// Usage: <provider> <connection string> <go-file> start <definitionId>
//        <provider> <connection string> <go-file> resume <bookmarkId>
//        <provider> <connection string> <go-file> event <eventName> <instanceId>
// Prints "ready", waits for <go-file> to exist (so racing processes start together), runs the command, prints the outcome.
var provider = Enum.Parse<DatabaseProvider>(args[0]);
await using var database = await TestDatabase.OpenAsync(new DatabaseOptions { Provider = provider, ConnectionString = args[1] });
Console.WriteLine("ready");
while (!File.Exists(args[2]))
    await Task.Delay(5);

if (args[3] == "drain")
{
    var report = await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflows.Engine.Runtime.Timers.TimerDrain>().DrainAsync(CancellationToken.None));
    Console.WriteLine($"drained {report.Resumed} {report.Skipped} {report.Failed}");
    return;
}

try
{
    var result = args[3] switch
    {
        "start" => await database.SendAsync(new StartWorkflow(args[4])),
        "resume" => await database.SendAsync(new ResumeBookmark(args[4])),
        "event" => (await database.SendAsync(new RaiseEvent(args[4], InstanceId: args[5]))).Single(),
        _ => throw new ArgumentException($"Unknown command '{args[3]}'."),
    };
    Console.WriteLine($"won {result.InstanceId} {result.SubStatus} {string.Join(",", result.Bookmarks.Select(b => b.Id))}");
}
catch (CommandFailedException e)
{
    Console.WriteLine($"refused {e.Kind}");
}
