namespace AfterSalesBot.Bot.Conversations.Leases;

/// <summary>
/// How often the <see cref="LeaseKeeper"/> looks at the database: a real-time rate, like a socket's time-out, not a
/// moment of the conversation's clock. What the looks decide (has a lease run out, is one idle) is read from the
/// injected clock; only the pause between looks is not.
/// </summary>
/// <remarks>
/// Pacing the looks on the injected clock hung the test run (ADR 0028, "The keeper's pace"): a fake clock moved by a
/// month fires a <see cref="PeriodicTimer"/> once per interval, 10.7 million times at 250 ms, each tick resuming the
/// keeper inline inside <c>Advance</c>; on SQLite, whose async calls complete synchronously, every tick ran a whole
/// pass on the test's thread before the clock could move on. A clock that is never moved would, the other way round,
/// never take a look at all.
/// </remarks>
internal static class PollPace
{
    /// <summary>Waits <paramref name="interval"/> of real time; false once <paramref name="stoppingToken"/> is cancelled.</summary>
    public static async Task<bool> WaitAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(interval, TimeProvider.System, stoppingToken);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
