using System.Collections.Concurrent;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Schema;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// Each conversation's append-only activity log (the transcript). Sequence numbers are per conversation;
/// on the self-hosted Direct Line they are the watermarks and make the activity ids.
/// <see cref="AppendAsync"/> must run under the conversation's lock (see <see cref="ConversationLocks"/>).
/// </summary>
public sealed class ConversationLog(IDbContextFactory<BotDbContext> factory, TimeProvider clock)
{
    private const int MaxCachedConversations = 100_000;
    private readonly ConcurrentDictionary<string, long> _lastSequence = new(StringComparer.Ordinal);

    private static readonly CompiledPerModel<Func<BotDbContext, string, CancellationToken, Task<long?>>> LastSequenceQuery = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string id, CancellationToken _) =>
            db.Transcript.Where(t => t.ConversationId == id).Max(t => (long?)t.Sequence)));

    private static readonly CompiledPerModel<Func<BotDbContext, string, long, int, IAsyncEnumerable<HistoryEntry>>> ReadQuery = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string id, long after, int limit) =>
            db.Transcript.AsNoTracking().Where(t => t.ConversationId == id && t.Sequence > after)
                .OrderBy(t => t.Sequence).Take(limit).Select(t => new HistoryEntry(t.Sequence, t.ActivityJson))));

    /// <summary>
    /// Gives the activity the conversation's next sequence and returns its transcript row, to be committed
    /// by the caller. Self-hosted activities also get their id (<c>conversation|sequence</c>) and timestamp here.
    /// </summary>
    public async Task<TranscriptEntry> AppendAsync(Activity activity, TranscriptDirection direction, bool selfHosted, CancellationToken ct)
    {
        var conversationId = activity.Conversation!.Id!;
        if (!_lastSequence.TryGetValue(conversationId, out var last))
        {
            await using var db = factory.CreateDbContext();
            last = await LastSequenceQuery.For(db)(db, conversationId, ct) ?? 0;
        }
        var sequence = last + 1;
        Remember(conversationId, sequence);

        var now = clock.GetUtcNow();
        if (selfHosted)
        {
            activity.Id = ActivityIdFor(conversationId, sequence);
            activity.Timestamp = now;
        }
        activity.Timestamp ??= now;
        var json = ActivityJson.Serialize(activity);
        return new TranscriptEntry
        {
            ConversationId = conversationId,
            Sequence = sequence,
            ActivityId = activity.Id,
            Direction = direction,
            Type = activity.Type ?? "",
            ChannelId = activity.ChannelId ?? "",
            SenderRole = activity.From?.Role ?? (direction == TranscriptDirection.Inbound ? RoleTypes.User : RoleTypes.Bot),
            SenderId = activity.From?.Id,
            SenderName = activity.From?.Name,
            Text = activity.Text,
            Locale = activity.Locale,
            Timestamp = activity.Timestamp.Value,
            ActivityJson = json,
        };
    }

    /// <summary>
    /// Another instance committed this conversation's log up to <paramref name="committedUpTo"/> (its backplane notice, or
    /// the log read when draining). A remembered last sequence below that is stale and would collide on the key at the
    /// next append (ADR 0028): under round robin almost every append, on the instance that accepts a message and on the
    /// owner that answers it. Only ever raised, and only to a committed number, so it is safe outside the conversation's
    /// lock: a raise racing an append costs at most the collision it was meant to spare, never a sequence handed out twice.
    /// </summary>
    public void Observe(string conversationId, long committedUpTo)
    {
        if (!_lastSequence.TryGetValue(conversationId, out var last)) return; // the next append reads the log anyway
        while (last < committedUpTo && !_lastSequence.TryUpdate(conversationId, committedUpTo, last))
        {
            if (!_lastSequence.TryGetValue(conversationId, out last)) return;
        }
    }

    /// <summary>Forgets sequences handed out but not committed, so the next append re-reads the log.</summary>
    public void Invalidate(string conversationId) => _lastSequence.TryRemove(conversationId, out _);

    public async Task<IReadOnlyList<HistoryEntry>> ReadAsync(string conversationId, long afterSequence, int limit, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var entries = new List<HistoryEntry>();
        await foreach (var entry in ReadQuery.For(db)(db, conversationId, afterSequence, limit).WithCancellation(ct)) entries.Add(entry);
        return entries;
    }

    /// <summary>Azure-style ids: the conversation, a bar, and the zero-padded sequence.</summary>
    public static string ActivityIdFor(string conversationId, long sequence) => $"{conversationId}|{sequence:D7}";

    private void Remember(string conversationId, long sequence)
    {
        if (_lastSequence.Count >= MaxCachedConversations) _lastSequence.Clear(); // cheap bound; reloaded on demand
        _lastSequence[conversationId] = sequence;
    }
}
