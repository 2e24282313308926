namespace ReturnWorkflows.Testing;

/// <summary>Starts several attempts at the same moment and collects each one's result or exception.</summary>
public static class Race
{
    public static async Task<object[]> RunAsync(int racers, Func<int, Task<object>> attempt)
    {
        using var gate = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, racers).Select(i => Task.Run(async () =>
        {
            await gate.WaitAsync();
            try { return await attempt(i); }
            catch (Exception e) { return e; }
        })).ToArray();
        gate.Release(racers);
        return await Task.WhenAll(tasks);
    }
}
