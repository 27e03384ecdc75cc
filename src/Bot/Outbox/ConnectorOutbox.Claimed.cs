using System.Collections.Concurrent;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Outbox;

/// <summary>
/// The turn's own replies (ADR 0020): their outbox rows are committed with the turn already claimed by this instance,
/// and sent straight from memory after the commit, so a reply costs one write (its outcome) instead of a read, a claim,
/// a second read and two writes. Order holds: when an earlier reply of the conversation is still undelivered, the
/// claims are let go and the ordered path delivers. If this instance dies first, the claims run out after
/// <see cref="OutboxOptions.ClaimLease"/> and the dispatcher of any instance sends them.
/// </summary>
public sealed partial class ConnectorOutbox
{
    /// <summary>Outbox rows for a turn's replies, to be committed with them, held by this instance (as a claim would).</summary>
    public IReadOnlyList<OutboxItem> ClaimedItemsFor(IReadOnlyList<TranscriptEntry> entries, DateTimeOffset now) =>
    [
        .. entries.Select(entry =>
        {
            var item = ItemFor(entry, now);
            item.ClaimedBy = Instance;
            item.ClaimedUntil = now + Options.ClaimLease;
            item.Attempts = 1;
            item.Version = 1;
            return item;
        }),
    ];

    /// <summary>Most conversations <see cref="_deliveredThrough"/> remembers; past it, it forgets them all (each then costs
    /// one look-up again).</summary>
    private const int MaxRememberedConversations = 100_000;

    /// <summary>Conversation → the last reply of a turn this instance delivered with nothing of the conversation undelivered
    /// at or below it (ADR 0036). Outbox rows are only ever added at a new transcript sequence, and a delivered row is
    /// never undelivered again, so while the conversation's log has grown only by the next turn's inbound activity
    /// since, nothing below that turn's replies can be undelivered, whoever appended before: the look-up is skipped.
    /// Any other append in between (another instance's turn, a proactive message, a second inbound message) breaks the
    /// adjacency and the look-up runs as before.</summary>
    private readonly ConcurrentDictionary<string, long> _deliveredThrough = new(StringComparer.Ordinal);

    /// <summary>Sends the committed replies of <see cref="ClaimedItemsFor"/> in order; stops at the first the channel
    /// refuses (it is scheduled again) and lets the rest go to the dispatcher. Returns how many were delivered.</summary>
    /// <param name="inboundSequence">The sequence of the activity whose turn made the replies; null for a turn no inbound
    /// activity started (it always looks for earlier undelivered replies).</param>
    public async Task<int> DeliverClaimedAsync(IReadOnlyList<OutboxItem> items, IReadOnlyList<TranscriptEntry> entries, CancellationToken ct,
        long? inboundSequence = null)
    {
        if (items.Count == 0) return 0;
        var conversationId = items[0].ConversationId;
        var nothingEarlier = _deliveredThrough.TryRemove(conversationId, out var through)
            && inboundSequence == through + 1 && items[0].Sequence == through + 2;
        if (!nothingEarlier && await HasEarlierUndeliveredAsync(conversationId, items[0].Sequence, ct))
        {
            await ReleaseAsync(items, ct);
            return await DeliverConversationAsync(conversationId, ct);
        }
        // Held until their outcomes are written, however long the sends take (the rows all share the claim's version).
        await using var held = Hold(conversationId, [.. items.Select(i => i.Sequence)], items[0].Version);
        // Sent one after the other, in order; their outcomes are written together, in one transaction, at the end.
        var delivered = new List<(OutboxItem Item, int Version, Activity Activity, string? ChannelId)>(items.Count);
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                var activity = ActivityJson.Deserialize(entries[i].ActivityJson)!;
                var (sent, channelId) = await TrySendClaimedAsync(items[i], items[i].Version, items[i].Attempts, activity, ct);
                if (!sent)
                {
                    await ReleaseAsync(items.Skip(i + 1).ToList(), CancellationToken.None);
                    break;
                }
                delivered.Add((items[i], items[i].Version, activity, channelId));
            }
        }
        finally
        {
            var lost = await FinishDeliveredAsync(delivered);
            if (lost == 0 && delivered.Count == items.Count)
            {
                if (_deliveredThrough.Count >= MaxRememberedConversations) _deliveredThrough.Clear();
                _deliveredThrough[conversationId] = items[^1].Sequence;
            }
        }
        return delivered.Count;
    }

    /// <summary>Compiled: it runs on every turn of a connector channel, and a LINQ query pays EF's expression-tree work
    /// (parameter extraction, cache key, look-up) each time, more than the statement itself cost (ADR 0034: 5.9 % of the
    /// host's CPU on /api/messages before, 2.2 % compiled).</summary>
    private static readonly CompiledPerModel<Func<BotDbContext, string, long, CancellationToken, Task<bool>>> EarlierUndeliveredQuery = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string conversationId, long sequence, CancellationToken _) =>
            db.Outbox.Any(o => o.ConversationId == conversationId && o.Sequence < sequence
                && (o.State == OutboxState.Pending || o.State == OutboxState.Failed))));

    private async Task<bool> HasEarlierUndeliveredAsync(string conversationId, long sequence, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await EarlierUndeliveredQuery.For(db)(db, conversationId, sequence, ct);
    }

    /// <summary>Lets claims this instance has not used go, so the dispatcher takes the replies on its next pass.</summary>
    private async Task ReleaseAsync(IReadOnlyList<OutboxItem> items, CancellationToken ct)
    {
        if (items.Count == 0) return;
        var sequences = items.Select(i => i.Sequence).ToList();
        var conversationId = items[0].ConversationId;
        await writer.WriteAsync(db => db.Outbox.Where(o => o.ConversationId == conversationId && sequences.Contains(o.Sequence)
                && o.ClaimedBy == Instance && o.State == OutboxState.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.ClaimedBy, (string?)null)
                .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(o => o.Attempts, o => o.Attempts - 1)
                .SetProperty(o => o.Version, o => o.Version + 1), CancellationToken.None), ct);
    }
}
