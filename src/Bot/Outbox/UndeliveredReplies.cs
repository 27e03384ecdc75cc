using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Escalation.Conversations;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Outbox;

/// <summary>The desk's view of parked outbox rows (<see cref="IUndeliveredReplies"/>), with each reply's text read
/// from its transcript row.</summary>
internal sealed class UndeliveredReplies(IDbContextFactory<BotDbContext> factory) : IUndeliveredReplies
{
    /// <summary>Parked replies read per conversation; more are rare (a conversation is parked at its first 403).</summary>
    private const int MaxRepliesPerConversation = 20;

    public async Task<IReadOnlyList<UndeliveredConversation>> ParkedAsync(int maxConversations, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConversations, 1);
        await using var db = factory.CreateDbContext();
        var latest = await db.Outbox.AsNoTracking().Where(o => o.State == OutboxState.Parked)
            .GroupBy(o => o.ConversationId)
            .Select(g => new { ConversationId = g.Key, Last = g.Max(o => o.NextAttemptAt) })
            .OrderByDescending(g => g.Last).ThenBy(g => g.ConversationId)
            .Take(maxConversations).ToListAsync(ct);
        var ids = latest.Select(c => c.ConversationId).ToList();
        var rows = await (
                from o in db.Outbox.AsNoTracking()
                where o.State == OutboxState.Parked && ids.Contains(o.ConversationId)
                join t in db.Transcript.AsNoTracking() on new { o.ConversationId, o.Sequence } equals new { t.ConversationId, t.Sequence } into texts
                from t in texts.DefaultIfEmpty()
                select new { o.ConversationId, o.ChannelId, o.Sequence, o.FinishedAt, o.NextAttemptAt, o.LastError, Text = t == null ? null : t.Text })
            .ToListAsync(ct);
        return [.. ids.Select(id =>
        {
            var replies = rows.Where(r => r.ConversationId == id).OrderBy(r => r.Sequence).Take(MaxRepliesPerConversation).ToList();
            return new UndeliveredConversation(id, replies[0].ChannelId,
                [.. replies.Select(r => new UndeliveredReply(r.Sequence, r.FinishedAt ?? r.NextAttemptAt, r.LastError, r.Text))]);
        })];
    }
}
