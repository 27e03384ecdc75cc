using System.Collections.Concurrent;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.DirectLine;

/// <summary>
/// The persisted Direct Line history. Sequence numbers are per conversation and are the watermarks.
/// <see cref="Stamp"/> must run under the conversation's lock (see ConversationLocks).
/// </summary>
public sealed class DirectLineStore(IDbContextFactory<BotDbContext> factory, TimeProvider clock)
{
    private const int MaxCachedConversations = 100_000;
    private readonly ConcurrentDictionary<string, long> _lastSequence = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _owners = new(StringComparer.Ordinal);

    /// <summary>The conversation's user id, or null when no such Direct Line conversation exists.</summary>
    public async Task<string?> FindOwnerAsync(string conversationId, CancellationToken ct)
    {
        if (_owners.TryGetValue(conversationId, out var owner)) return owner;
        await using var db = factory.CreateDbContext();
        owner = await db.DirectLineConversations.AsNoTracking()
            .Where(c => c.Id == conversationId).Select(c => c.UserId).FirstOrDefaultAsync(ct);
        if (owner is not null) Remember(_owners, conversationId, owner);
        return owner;
    }

    public bool IsKnown(string conversationId) => _owners.ContainsKey(conversationId);

    public void RememberCreated(string conversationId, string userId)
    {
        Remember(_owners, conversationId, userId);
        Remember(_lastSequence, conversationId, 0L);
    }

    /// <summary>Gives the activity its id, timestamp and the next watermark; returns the row to commit.</summary>
    public async Task<DirectLineActivity> StampAsync(string conversationId, Activity activity, CancellationToken ct)
    {
        if (!_lastSequence.TryGetValue(conversationId, out var last))
        {
            await using var db = factory.CreateDbContext();
            last = await db.DirectLineActivities.Where(a => a.ConversationId == conversationId)
                .MaxAsync(a => (long?)a.Sequence, ct) ?? 0;
        }
        var sequence = last + 1;
        Remember(_lastSequence, conversationId, sequence);
        activity.Id = ActivityIdFor(conversationId, sequence);
        activity.Timestamp = clock.GetUtcNow();
        activity.Conversation ??= new ConversationAccount();
        activity.Conversation.Id = conversationId;
        return new DirectLineActivity
        {
            ConversationId = conversationId,
            Sequence = sequence,
            ActivityId = activity.Id,
            Timestamp = activity.Timestamp.Value,
            ActivityJson = ActivityJson.Serialize(activity),
        };
    }

    /// <summary>Forgets a sequence that was stamped but not committed, so the next stamp re-reads it.</summary>
    public void Invalidate(string conversationId) => _lastSequence.TryRemove(conversationId, out _);

    public async Task<IReadOnlyList<HistoryEntry>> ReadAsync(string conversationId, long afterSequence, int limit, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.DirectLineActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence > afterSequence)
            .OrderBy(a => a.Sequence).Take(limit)
            .Select(a => new HistoryEntry(a.Sequence, a.ActivityJson))
            .ToListAsync(ct);
    }

    /// <summary>Azure-style ids: the conversation, a bar, and the zero-padded watermark.</summary>
    public static string ActivityIdFor(string conversationId, long sequence) => $"{conversationId}|{sequence:D7}";

    private static void Remember<T>(ConcurrentDictionary<string, T> cache, string key, T value)
    {
        if (cache.Count >= MaxCachedConversations) cache.Clear(); // cheap bound; entries reload from the database
        cache[key] = value;
    }
}
