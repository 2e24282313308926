namespace ReturnWorkflows.Server.Demo;

/// <summary>
/// The injected clock, able to tell an earlier time to the code running inside <see cref="At"/>: the demo seeding opens
/// its cases "weeks ago" through the ordinary commands, whose handlers take the time from this clock like every other
/// handler. Outside <see cref="At"/> (every request, every job) it is the clock it wraps; it is registered only when
/// the demo cases are on.
/// </summary>
public sealed class BackdatedClock(TimeProvider inner) : TimeProvider
{
    // A box rather than the time itself: ending the scope empties the box, so even a timer or task that captured this
    // flow's context while seeding (a lazily started pool timer, say) reads the real time afterwards.
    private static readonly AsyncLocal<Moment?> Current = new();

    public static IDisposable At(DateTime utc)
    {
        var moment = new Moment { Utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc) };
        var outer = Current.Value;
        Current.Value = moment;
        return new Scope(moment, outer);
    }

    public override DateTimeOffset GetUtcNow() => Current.Value?.Utc is { } utc ? new DateTimeOffset(utc) : inner.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;
    public override long TimestampFrequency => inner.TimestampFrequency;
    public override long GetTimestamp() => inner.GetTimestamp();
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    private sealed class Moment
    {
        public DateTime? Utc { get; set; }
    }

    private sealed class Scope(Moment moment, Moment? outer) : IDisposable
    {
        public void Dispose()
        {
            moment.Utc = null;
            Current.Value = outer;
        }
    }
}
