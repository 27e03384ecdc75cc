using System.Collections.Concurrent;

namespace AfterSalesBot.Tests.Channels.Connector;

/// <summary>
/// A clock stopped at a fixed instant whose timers fire at once, recording how long the code
/// asked to wait: backoff and Retry-After are asserted as values, never by waiting.
/// </summary>
internal sealed class InstantDelayTimeProvider(DateTimeOffset now) : TimeProvider
{
    public ConcurrentQueue<TimeSpan> RequestedDelays { get; } = new();

    public override DateTimeOffset GetUtcNow() => now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        RequestedDelays.Enqueue(dueTime);
        return System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
