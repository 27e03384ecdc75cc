using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Conversations.Leases;

/// <summary>The reads that find turns to run: a conversation's unprocessed inbox, and the conversations that need an
/// owner. "Unprocessed" is derived as at start-up (<see cref="InboxItem"/>): past the conversation's last committed turn.</summary>
public sealed partial class ConversationLeaseStore
{
    /// <summary>How far back the orphan sweep looks for accepted activities nobody holds a lease for.</summary>
    private static readonly TimeSpan OrphanWindow = TimeSpan.FromDays(1);

    /// <summary>The conversation's unprocessed inbox in sequence order, and its transcript's last sequence.</summary>
    public async Task<(IReadOnlyList<InboxItem> Pending, long LastSequence)> ReadInboxAsync(string conversationId, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var processed = await ProcessedQuery.For(db)(db, conversationId, ct) ?? 0;
        var pending = new List<InboxItem>();
        await foreach (var item in PendingQuery.For(db)(db, conversationId, processed).WithCancellation(ct)) pending.Add(item);
        var last = await LastSequenceQuery.For(db)(db, conversationId, ct) ?? 0;
        return (pending, last);
    }

    /// <summary>For each conversation this instance holds, the highest unprocessed inbound sequence, if any.</summary>
    public async Task<Dictionary<string, long>> PendingOfOwnAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var rows = await PendingOfOwn(db, held.Instance).ToListAsync(ct);
        return rows.GroupBy(r => r.ConversationId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(r => r.Sequence), StringComparer.Ordinal);
    }

    /// <summary>
    /// The keeper's look, every 250 ms: the inbox of each conversation <paramref name="owner"/> holds, after its last
    /// processed sequence (a conversation without a row has processed none; sequences start at 1). It searches the inbox's
    /// (conversation, sequence) index from that sequence on, so it reads only what is pending. It used to join the inbox
    /// to the conversation and filter after: SQLite read the whole inbox, every message of every conversation ever
    /// accepted, or (with the leases' owner index first) every row each held conversation ever had, each looked up in the
    /// table for its sequence; a look cost more the longer the conversations grew (ADR 0052).
    /// </summary>
    internal static IQueryable<PendingInbound> PendingOfOwn(BotDbContext db, string owner) =>
        from lease in db.ConversationLeases.AsNoTracking()
        where lease.Owner == owner
        let processed = db.Conversations.Where(c => c.Id == lease.ConversationId).Select(c => (long?)c.LastProcessedSequence).FirstOrDefault() ?? 0
        from item in db.Inbox.AsNoTracking()
        where item.ConversationId == lease.ConversationId && item.Sequence > processed
        select new PendingInbound(item.ConversationId, item.Sequence);

    internal sealed record PendingInbound(string ConversationId, long Sequence);

    /// <summary>Conversations whose lease ran out: their owner died or stalled.</summary>
    public async Task<IReadOnlyList<string>> ExpiredAsync(int limit, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = factory.CreateDbContext();
        return await db.ConversationLeases.AsNoTracking().Where(l => l.ExpiresAt <= now).OrderBy(l => l.ExpiresAt)
            .Select(l => l.ConversationId).Take(limit).ToListAsync(ct);
    }

    /// <summary>Conversations with an activity accepted a while ago, still unprocessed, and no lease at all: the
    /// instance that accepted it died before claiming, or was refused and died before the owner let go.</summary>
    public async Task<IReadOnlyList<string>> OrphansAsync(int limit, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now - OrphanWindow;
        var before = now - Options.Duration;
        await using var db = factory.CreateDbContext();
        return await (
            from item in db.Inbox.AsNoTracking()
            where item.ReceivedAt >= since && item.ReceivedAt <= before
            join conversation in db.Conversations on item.ConversationId equals conversation.Id into done
            from conversation in done.DefaultIfEmpty()
            where conversation == null || item.Sequence > conversation.LastProcessedSequence
            where !db.ConversationLeases.Any(l => l.ConversationId == item.ConversationId)
            select item.ConversationId).Distinct().Take(limit).ToListAsync(ct);
    }

    /// <summary>
    /// For the conversations this instance accepted activities of but does not own, in two queries whatever their number:
    /// how far each has been processed (by any instance), and which have a lease that has not run out.
    /// </summary>
    public async Task<(Dictionary<string, long> Processed, HashSet<string> Leased)> WatchedAsync(IReadOnlyList<string> conversationIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = factory.CreateDbContext();
        var processed = await db.Conversations.AsNoTracking().Where(c => conversationIds.Contains(c.Id))
            .Select(c => new { c.Id, c.LastProcessedSequence }).ToDictionaryAsync(c => c.Id, c => c.LastProcessedSequence, StringComparer.Ordinal, ct);
        var leased = await db.ConversationLeases.AsNoTracking().Where(l => conversationIds.Contains(l.ConversationId) && l.ExpiresAt > now)
            .Select(l => l.ConversationId).ToListAsync(ct);
        return (processed, new HashSet<string>(leased, StringComparer.Ordinal));
    }
}
