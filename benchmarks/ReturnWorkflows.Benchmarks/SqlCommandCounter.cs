using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReturnWorkflows.Benchmarks;

/// <summary>Counts the commands EF Core sends and the time spent inside them (sending, PostgreSQL, reading).</summary>
internal sealed class SqlCommandCounter : DbCommandInterceptor
{
    private long _commands;
    private long _ticks;

    public long Commands => Interlocked.Read(ref _commands);
    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    /// <summary>While set, the commands' text is kept (one completion's worth, to print).</summary>
    public List<(string Sql, double Milliseconds)>? Trace { get; set; }

    public void Reset()
    {
        Interlocked.Exchange(ref _commands, 0);
        Interlocked.Exchange(ref _ticks, 0);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Count(eventData, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(eventData, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Count(eventData, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(eventData, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => Count(eventData, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(eventData, result));

    // The duration EF Core reports runs until the reader is returned, not until it is read to the end; our rows are
    // small, so that is most of a command's time.
    private T Count<T>(CommandExecutedEventData eventData, T result)
    {
        if (Trace is { } trace) lock (trace) trace.Add((eventData.Command.CommandText, eventData.Duration.TotalMilliseconds));
        Interlocked.Increment(ref _commands);
        Interlocked.Add(ref _ticks, eventData.Duration.Ticks);
        return result;
    }
}
