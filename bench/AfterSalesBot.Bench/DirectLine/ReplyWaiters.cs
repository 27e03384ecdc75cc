namespace AfterSalesBot.Bench.DirectLine;

/// <summary>
/// Matches bot replies to posted activities by <c>replyToId</c>. A reply can be pushed before the
/// POST that caused it has returned its id, so replies nobody waits for yet are kept (briefly) too.
/// The value handed over is the Stopwatch timestamp at which the reply became visible.
/// </summary>
public sealed class ReplyWaiters
{
    private const int MaxUnclaimed = 1_000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskCompletionSource<long>> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _unclaimed = new(StringComparer.Ordinal);
    private Exception? _broken;

    public int Pending
    {
        get
        {
            lock (_gate)
                return _waiting.Count;
        }
    }

    public Task<long> Expect(string activityId)
    {
        lock (_gate)
        {
            if (_unclaimed.Remove(activityId, out var seenAt))
                return Task.FromResult(seenAt);
            if (_broken is not null)
                return Task.FromException<long>(_broken);
            var waiter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting[activityId] = waiter;
            return waiter.Task;
        }
    }

    public void Observe(string replyToId, long seenAt)
    {
        lock (_gate)
        {
            if (_waiting.Remove(replyToId, out var waiter))
            {
                waiter.TrySetResult(seenAt);
                return;
            }

            // Replies to turns that timed out are never claimed; the cap keeps them from piling up.
            if (_unclaimed.Count >= MaxUnclaimed)
                _unclaimed.Clear();
            _unclaimed.TryAdd(replyToId, seenAt);
        }
    }

    public void Forget(string activityId)
    {
        lock (_gate)
            _waiting.Remove(activityId);
    }

    /// <summary>The feed is gone: fail everything awaited now and later.</summary>
    public void Break(Exception reason)
    {
        lock (_gate)
        {
            _broken ??= reason;
            FailPending(reason);
        }
    }

    /// <summary>Fail what is awaited now; later turns may still succeed.</summary>
    public void FailPending(Exception reason)
    {
        lock (_gate)
        {
            foreach (var waiter in _waiting.Values)
                waiter.TrySetException(reason);
            _waiting.Clear();
        }
    }
}
