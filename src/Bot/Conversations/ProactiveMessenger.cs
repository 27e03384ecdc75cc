using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Schema;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// Speaks first in an existing conversation, from its stored reference: agent relays and follow-ups.
/// The message is committed to the transcript (and, self-hosted, to the history) before it is delivered.
/// </summary>
public sealed class ProactiveMessenger(
    IDbContextFactory<BotDbContext> factory,
    StoreWriter writer,
    ConversationLocks locks,
    DirectLineStore directLine,
    DirectLineHub hub,
    IExternalChannelSender external,
    TimeProvider clock)
{
    /// <summary>Sends <paramref name="text"/>; false when the conversation has never been seen.</summary>
    public async Task<bool> SendAsync(string conversationId, string text, string? senderName = null, CancellationToken ct = default)
    {
        StoredConversationReference? stored;
        await using (var db = factory.CreateDbContext())
            stored = await db.ConversationReferences.AsNoTracking().FirstOrDefaultAsync(r => r.ConversationId == conversationId, ct);
        if (stored is null) return false;

        var activity = ToReference(stored).CreateProactive(text);
        if (senderName is not null) activity.From!.Name = senderName;
        var selfHosted = await directLine.FindOwnerAsync(conversationId, ct) is not null;

        using (await locks.AcquireAsync(conversationId, ct))
        {
            var now = clock.GetUtcNow();
            var row = selfHosted ? await directLine.StampAsync(conversationId, activity, ct) : null;
            activity.Timestamp ??= now;
            var transcript = TranscriptEntries.From(activity, TranscriptDirection.Outbound, now);
            await writer.WriteAsync(db =>
            {
                db.Transcript.Add(transcript);
                if (row is not null) db.DirectLineActivities.Add(row);
            }, ct);
            if (row is not null) hub.Publish(conversationId, [new HistoryEntry(row.Sequence, row.ActivityJson)]);
        }

        if (!selfHosted) await external.SendAsync(activity, ct);
        return true;
    }

    private static ConversationReference ToReference(StoredConversationReference stored) => new()
    {
        ActivityId = stored.LastActivityId,
        ChannelId = stored.ChannelId,
        ServiceUrl = stored.ServiceUrl,
        Locale = stored.Locale,
        User = new ChannelAccount { Id = stored.UserId, Name = stored.UserName },
        Bot = new ChannelAccount { Id = stored.BotId, Name = stored.BotName },
        Conversation = new ConversationAccount { Id = stored.ConversationId, TenantId = stored.TenantId, ConversationType = stored.ConversationType },
    };
}
