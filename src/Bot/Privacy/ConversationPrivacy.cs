using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Privacy;

/// <summary>
/// The conversations' side of retention and customer rights: which conversations are one customer's, and removing a
/// conversation's personal data from every table the bot owns — transcript (which the transcript search reads), inbox,
/// outbox, uploads, the conversation reference, the Direct Line conversation and the bot's state. The conversation row
/// keeps its summary (product, outcome, case number) for the KPIs, marked <see cref="ConversationRecord.ErasedAt"/>.
/// </summary>
public sealed partial class ConversationPrivacy(IDbContextFactory<BotDbContext> factory, TimeProvider clock)
{
    /// <summary>The event a live conversation's last transcript row becomes, so its sequence (the Direct Line watermark) stays.</summary>
    public const string ErasedEventName = "aftersales/erased";

    /// <summary>The conversation and every other one the same channel user wrote in, oldest first; empty when unknown.</summary>
    public async Task<IReadOnlyList<string>> SameCustomerAsync(string conversationId, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var known = await db.Conversations.AnyAsync(c => c.Id == conversationId, ct)
            || await db.DirectLineConversations.AnyAsync(c => c.Id == conversationId, ct);
        if (!known) return [];
        var ids = new HashSet<string>(StringComparer.Ordinal) { conversationId };
        var owner = await db.DirectLineConversations.Where(c => c.Id == conversationId).Select(c => c.UserId).FirstOrDefaultAsync(ct);
        if (owner is not null)
            ids.UnionWith(await db.DirectLineConversations.Where(c => c.UserId == owner).Select(c => c.Id).ToListAsync(ct));
        var reference = await db.ConversationReferences.Where(r => r.ConversationId == conversationId)
            .Select(r => new { r.ChannelId, r.UserId }).FirstOrDefaultAsync(ct);
        if (reference?.UserId is { } user)
            ids.UnionWith(await db.ConversationReferences.Where(r => r.ChannelId == reference.ChannelId && r.UserId == user)
                .Select(r => r.ConversationId).ToListAsync(ct));
        var started = await db.Conversations.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.CreatedAt }).ToListAsync(ct);
        return [.. ids.OrderBy(id => started.FirstOrDefault(s => s.Id == id)?.CreatedAt ?? DateTimeOffset.MaxValue).ThenBy(id => id, StringComparer.Ordinal)];
    }

    /// <summary>Removes everything of these conversations, except that <paramref name="live"/> (the one the customer is
    /// speaking in now) keeps its Direct Line conversation, its reference and one redacted transcript row holding its
    /// sequence, so the chat goes on. Answers how many conversations were erased.</summary>
    public async Task<int> EraseAsync(IReadOnlyCollection<string> conversationIds, string? live, CancellationToken ct)
    {
        var whole = conversationIds.Where(id => id != live).ToList();
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        await db.Conversations.Where(c => whole.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, (string?)null).SetProperty(c => c.ErasedAt, now), ct);
        await DeleteWholeAsync(db, whole, ct);
        if (live is not null) await EraseLiveAsync(db, live, ct);
        await transaction.CommitAsync(ct);
        return conversationIds.Count;
    }

    /// <summary>Every row the bot keeps for these conversations, apart from the conversation row itself.</summary>
    private static async Task DeleteWholeAsync(BotDbContext db, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        await db.Transcript.Where(t => ids.Contains(t.ConversationId)).ExecuteDeleteAsync(ct);
        await db.Inbox.Where(i => ids.Contains(i.ConversationId)).ExecuteDeleteAsync(ct);
        await db.Outbox.Where(o => ids.Contains(o.ConversationId)).ExecuteDeleteAsync(ct);
        await db.DirectLineAttachments.Where(a => ids.Contains(a.ConversationId)).ExecuteDeleteAsync(ct);
        await db.ConversationReferences.Where(r => ids.Contains(r.ConversationId)).ExecuteDeleteAsync(ct);
        await db.DirectLineConversations.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(ct);
    }

    private static async Task EraseLiveAsync(BotDbContext db, string id, CancellationToken ct)
    {
        await db.DirectLineAttachments.Where(a => a.ConversationId == id).ExecuteDeleteAsync(ct);
        var last = await db.Transcript.Where(t => t.ConversationId == id).OrderByDescending(t => t.Sequence)
            .Select(t => new { t.Sequence, t.ActivityId, t.ChannelId, t.Timestamp, t.Direction }).FirstOrDefaultAsync(ct);
        if (last is null) return;
        await db.Transcript.Where(t => t.ConversationId == id && t.Sequence < last.Sequence).ExecuteDeleteAsync(ct);
        await db.Inbox.Where(i => i.ConversationId == id && i.Sequence < last.Sequence).ExecuteDeleteAsync(ct);
        await db.Outbox.Where(o => o.ConversationId == id && o.Sequence < last.Sequence).ExecuteDeleteAsync(ct);
        var tombstone = Tombstone(id, last.ActivityId, last.ChannelId, last.Timestamp);
        await db.Transcript.Where(t => t.ConversationId == id && t.Sequence == last.Sequence).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.Type, "event")
            .SetProperty(t => t.Text, (string?)null)
            .SetProperty(t => t.SenderName, (string?)null)
            .SetProperty(t => t.ActivityJson, tombstone), ct);
    }

    /// <summary>An event Web Chat shows nothing for, at the place of the last activity.</summary>
    private static string Tombstone(string conversationId, string? activityId, string channelId, DateTimeOffset at) => new JsonObject
    {
        ["type"] = "event",
        ["name"] = ErasedEventName,
        ["id"] = activityId,
        ["timestamp"] = at.ToUniversalTime().ToString("O"),
        ["channelId"] = channelId,
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["from"] = new JsonObject { ["id"] = "aftersalesbot", ["role"] = "bot" },
    }.ToJsonString();
}
