using System.Collections.Concurrent;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Conversations.Leases;

/// <summary>
/// Runs a conversation's turns only where its lease is held (ADR 0028). An accepted activity goes straight to the local
/// scheduler when this instance holds the lease and nothing from another instance can be waiting before it (no database
/// round trip: the single-instance path of ADR 0003). Otherwise the conversation is drained: claim the lease, then run
/// every unprocessed inbox item in sequence order. An activity whose conversation another live instance holds is left
/// to that owner and watched here until it is processed, or until the lease runs out and this instance takes over.
/// </summary>
public sealed partial class LeasedTurns(
    HeldLeases held,
    ConversationLeaseStore store,
    TurnScheduler scheduler,
    TurnProcessor processor,
    ConversationLocks locks,
    ConversationLog log,
    DirectLineStore directLine,
    TimeProvider clock,
    ILogger<LeasedTurns> logger,
    IStreamBackplane? backplane = null)
{
    /// <summary>Accepted here but owned elsewhere: conversation → the highest such sequence.</summary>
    private readonly ConcurrentDictionary<string, long> _watched = new(StringComparer.Ordinal);

    /// <summary>Called by the inbox under the conversation's lock, right after the activity was committed.</summary>
    public void Dispatch(Activity activity, long sequence, bool selfHosted)
    {
        var conversationId = activity.Conversation!.Id!;
        var lease = held.Find(conversationId);
        if (lease is not null)
        {
            lock (lease)
            {
                if (lease.IsTrusted(clock.GetUtcNow()) && !lease.Gap && lease.Through >= sequence)
                {
                    lease.ScheduledThrough = Math.Max(lease.ScheduledThrough, sequence);
                    lease.Busy++;
                    _ = scheduler.Schedule(conversationId, () => RunAsync(lease, activity, sequence, selfHosted));
                    return;
                }
            }
        }
        // A self-hosted activity's commit was announced on the backplane already (DirectLineHub.Publish): that notice
        // nudges the owner. A connector channel's was not: it is announced now, so that an owner elsewhere starts on it
        // at once rather than after this instance's claim has found out it is not the owner (two round trips later, on
        // the turn's path). If nobody owns the conversation the notice nudges nobody and the claim below wins.
        if (!selfHosted) backplane?.Announce(conversationId, [HistoryEntry.Notice(sequence)]);
        Drain(conversationId, sequence);
    }

    /// <summary>
    /// Whether this instance holds the conversation, trusts the lease and has seen every sequence of it: then no other
    /// instance appends to it and its remembered last sequence is current. Otherwise the accepting path re-reads it, one
    /// indexed query instead of the key collision (and retry) a stale number would cost under round robin.
    /// </summary>
    public bool AppendsAlone(string conversationId) => held.AppendsAlone(conversationId, clock.GetUtcNow());

    /// <summary>Whether an append here may collide with another instance's (<see cref="HeldLeases.MayCollide"/>).</summary>
    public bool MayCollide(string conversationId) => held.MayCollide(conversationId, clock.GetUtcNow());

    /// <summary>An append here collided with another instance's (<see cref="HeldLeases.OthersAppended"/>).</summary>
    public void OthersAppended(string conversationId) => held.OthersAppended(conversationId);

    /// <summary>Queues a drain of the conversation behind its turns already queued here.</summary>
    /// <param name="sequence">An activity accepted here: watched until it is processed, wherever.</param>
    public void Drain(string conversationId, long sequence = 0)
    {
        if (sequence > 0) _watched.AddOrUpdate(conversationId, sequence, (_, known) => Math.Max(known, sequence));
        var lease = held.GetOrAdd(conversationId);
        lock (lease) lease.Busy++;
        _ = scheduler.Schedule(conversationId, () => DrainAsync(lease));
    }

    /// <summary>
    /// Another instance committed this conversation's activities up to <paramref name="upTo"/> (its backplane notice). If
    /// this instance holds the lease and has not scheduled that far, it drains now rather than at the keeper's next look
    /// (up to <see cref="ConversationLeaseOptions.PollInterval"/> later): what the keeper would do, only sooner. A notice
    /// that brings nothing new (a reply another instance committed) costs one read of the inbox.
    /// </summary>
    public void Nudge(string conversationId, long upTo)
    {
        held.OthersAppended(conversationId); // held or not: this instance may claim it next
        if (held.Find(conversationId) is not { } lease) return;
        lock (lease)
        {
            // Not claimed yet: a claim of this instance's own is on its way, it drains anyway if it wins.
            if (!lease.Claimed || lease.Released || lease.ScheduledThrough >= upTo) return;
        }
        Drain(conversationId);
    }

    /// <summary>Gives up an idle lease. Queued behind the conversation's turns, so a claim made for a new activity
    /// meanwhile runs after the release and is never deleted by it; skipped if work arrived in between.</summary>
    public void Release(HeldLease lease) =>
        _ = scheduler.Schedule(lease.ConversationId, async () =>
        {
            lock (lease)
            {
                if (lease.Busy > 0 || lease.Released) return;
            }
            held.Forget(lease);
            await store.ReleaseAsync([lease.ConversationId], CancellationToken.None);
        });

    /// <summary>The conversations accepted here but owned elsewhere, with the highest sequence accepted here.</summary>
    // ToArray is the dictionary's own snapshot: a spread copies Count items with CopyTo and throws (ArgumentException)
    // when a conversation is added between the two.
    public IReadOnlyList<KeyValuePair<string, long>> Watched() => _watched.ToArray();

    public void Unwatch(string conversationId, long sequence) =>
        _watched.TryRemove(new KeyValuePair<string, long>(conversationId, sequence));

    private async Task DrainAsync(HeldLease lease)
    {
        try
        {
            if (!lease.IsTrusted(clock.GetUtcNow()) && !await ClaimAsync(lease))
            {
                held.Forget(lease);
                // The owner runs it; the watch list takes over if the owner dies.
                return;
            }
            var conversationId = lease.ConversationId;
            IReadOnlyList<Data.Entities.InboxItem> pending;
            using (await locks.AcquireAsync(conversationId))
            {
                (pending, var last) = await store.ReadInboxAsync(conversationId, CancellationToken.None);
                log.Observe(conversationId, last); // what other instances appended meanwhile: the replies follow it
                lock (lease)
                {
                    // Above what this instance appended or read before: another instance appended meanwhile (a fresh
                    // lease knows nothing yet, and its first drain tells nothing about who appended).
                    if (lease.Through > 0 && last > lease.Through) held.OthersAppended(conversationId);
                    lease.Through = Math.Max(lease.Through, last);
                    lease.Gap = false;
                    if (pending.Count > 0) lease.ScheduledThrough = Math.Max(lease.ScheduledThrough, pending[^1].Sequence);
                }
            }
            if (_watched.TryGetValue(conversationId, out var watched)) Unwatch(conversationId, watched);
            if (pending.Count == 0) return;
            var selfHosted = await directLine.FindOwnerAsync(conversationId, CancellationToken.None) is not null;
            foreach (var item in pending)
            {
                if (ActivityJson.Deserialize(item.ActivityJson) is not { Conversation.Id: not null } activity) continue;
                await ProcessAsync(lease, activity, item.Sequence, selfHosted);
            }
            LogDrained(logger, pending.Count, conversationId);
        }
        finally
        {
            Done(lease);
        }
    }

    private async Task<bool> ClaimAsync(HeldLease lease)
    {
        try
        {
            return await store.ClaimAsync(lease, CancellationToken.None);
        }
        catch
        {
            // Never claimed, so the keeper leaves it alone: drop it, so that the watch list retries the claim.
            bool claimed;
            lock (lease) claimed = lease.Claimed;
            if (!claimed) held.Forget(lease);
            throw;
        }
    }

    private async Task RunAsync(HeldLease lease, Activity activity, long sequence, bool selfHosted)
    {
        try
        {
            await ProcessAsync(lease, activity, sequence, selfHosted);
        }
        finally
        {
            Done(lease);
        }
    }

    private async Task ProcessAsync(HeldLease lease, Activity activity, long sequence, bool selfHosted)
    {
        try
        {
            await processor.ProcessAsync(activity, sequence, selfHosted, CancellationToken.None);
        }
        catch
        {
            // Still unprocessed in the inbox: the keeper's next look at this owner's inbox drains it again.
            lock (lease) lease.ScheduledThrough = Math.Min(lease.ScheduledThrough, sequence - 1);
            throw;
        }
    }

    private void Done(HeldLease lease)
    {
        lock (lease)
        {
            lease.Busy--;
            if (lease.Busy == 0) lease.IdleSince = clock.GetUtcNow();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ran {Count} turns of {ConversationId} read from the inbox.")]
    private static partial void LogDrained(ILogger logger, int count, string conversationId);
}
