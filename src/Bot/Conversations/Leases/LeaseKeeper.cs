using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Conversations.Leases;

/// <summary>
/// Every <see cref="ConversationLeaseOptions.PollInterval"/> of real time (<see cref="PollPace"/>): drains conversations this instance holds that another
/// instance accepted activities for; claims conversations accepted here whose owner let go before running them; takes over
/// leases that ran out (a dead or stalled owner) and conversations with old unprocessed activities and no lease at all.
/// Renews the leases in use and gives up those idle for <see cref="ConversationLeaseOptions.IdleRelease"/>.
/// </summary>
public sealed partial class LeaseKeeper(
    HeldLeases held,
    ConversationLeaseStore store,
    LeasedTurns turns,
    IOptions<ConversationLeaseOptions> options,
    TimeProvider clock,
    ILogger<LeaseKeeper> logger) : BackgroundService
{
    private const int TakeOverBatch = 100;
    private DateTimeOffset _nextRenewal;
    private DateTimeOffset _nextOrphanSweep;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await PollPace.WaitAsync(options.Value.PollInterval, stoppingToken))
        {
            try
            {
                await PassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be down: nothing is trusted past its margin, so no turn runs unleased meanwhile.
                LogPassFailed(logger, ex);
            }
        }
    }

    /// <summary>
    /// A graceful stop (a rolling deploy, a restart) gives its leases back, so the next instance to get a message for one
    /// of these conversations runs it at once instead of waiting for the lease to run out. A turn still committing is
    /// fenced by the conversation's turn count (ADR 0028), so giving the lease up early never runs a turn twice.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var mine = held.All().Select(l => l.ConversationId).ToList();
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(TimeSpan.FromSeconds(5));
            await store.ReleaseAsync(mine, limit.Token);
            foreach (var lease in held.All()) held.Forget(lease);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The database may be gone already: the leases then run out by themselves.
            LogReleaseFailed(logger, mine.Count, ex);
        }
    }

    /// <summary>One look for work; public so tests can drive it.</summary>
    public async Task PassAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now >= _nextRenewal)
        {
            _nextRenewal = now + options.Value.Duration / 4;
            await RenewAndReleaseAsync(now, ct);
        }
        await DrainForeignAcceptsAsync(ct);
        await RetryWatchedAsync(ct);
        foreach (var conversationId in await store.ExpiredAsync(TakeOverBatch, ct)) TakeOver(conversationId);
        if (now >= _nextOrphanSweep)
        {
            _nextOrphanSweep = now + options.Value.Duration;
            foreach (var conversationId in await store.OrphansAsync(TakeOverBatch, ct)) TakeOver(conversationId);
        }
    }

    private async Task RenewAndReleaseAsync(DateTimeOffset now, CancellationToken ct)
    {
        var renew = new List<string>();
        var release = new List<HeldLease>();
        foreach (var lease in held.All())
        {
            lock (lease)
            {
                // A first claim still on its way is the drain's to settle: renewing it would report another instance's
                // lease as lost and drop the object under the drain's feet.
                if (!lease.Claimed) continue;
                if (lease.Busy == 0 && now - lease.IdleSince >= options.Value.IdleRelease) release.Add(lease);
                else renew.Add(lease.ConversationId);
            }
        }
        foreach (var lease in release) turns.Release(lease);
        foreach (var lost in await store.RenewAsync(renew, ct))
        {
            if (held.Find(lost) is { } lease) held.Forget(lease);
            LogLost(logger, lost);
        }
    }

    private async Task DrainForeignAcceptsAsync(CancellationToken ct)
    {
        foreach (var (conversationId, sequence) in await store.PendingOfOwnAsync(ct))
        {
            if (held.Find(conversationId) is not { } lease) continue;
            bool known;
            lock (lease) known = lease.ScheduledThrough >= sequence;
            if (!known) turns.Drain(conversationId);
        }
    }

    /// <summary>
    /// Forgets what has been processed, and claims what nobody holds a live lease on any more (its owner gave it up before
    /// hearing of the activity). It used to ask the database about each watched conversation and to retry the claim of
    /// each one still waiting, two or three queries per conversation and look while its owner was simply at work, and
    /// under round robin nearly every busy conversation is watched somewhere. Now two queries per look; an owner that
    /// dies is found by its lease running out (<see cref="ConversationLeaseStore.ExpiredAsync"/>).
    /// </summary>
    private async Task RetryWatchedAsync(CancellationToken ct)
    {
        var watched = turns.Watched();
        if (watched.Count == 0) return;
        var (processed, leased) = await store.WatchedAsync([.. watched.Select(w => w.Key)], ct);
        foreach (var (conversationId, sequence) in watched)
        {
            if (processed.TryGetValue(conversationId, out var through) && through >= sequence) turns.Unwatch(conversationId, sequence);
            else if (!leased.Contains(conversationId) && held.Find(conversationId) is null) turns.Drain(conversationId);
        }
    }

    private void TakeOver(string conversationId)
    {
        if (held.Find(conversationId) is not null) return;
        LogTakingOver(logger, conversationId);
        turns.Drain(conversationId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Giving back {Count} conversation lease(s) at shutdown failed; they run out by themselves.")]
    private static partial void LogReleaseFailed(ILogger logger, int count, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for conversation leases to take over failed; retrying.")]
    private static partial void LogPassFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lease of {ConversationId} was taken by another instance.")]
    private static partial void LogLost(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Taking over conversation {ConversationId}: its lease ran out or it had none.")]
    private static partial void LogTakingOver(ILogger logger, string conversationId);
}
