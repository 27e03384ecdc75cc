using System.Text.Json;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Outbox;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Bot.Transcripts;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// Speaks first in an existing conversation, from its stored reference: agent relays and follow-ups.
/// The message is committed to the transcript (and, self-hosted, to the history; on a connector channel, to the outbox)
/// before it is delivered. A connector channel's refusal does not lose it: the outbox retries it in order.
/// </summary>
public sealed class ProactiveMessenger(
    IDbContextFactory<BotDbContext> factory,
    StoreWriter writer,
    ConversationLocks locks,
    ConversationLog log,
    DirectLineStore directLine,
    DirectLineHub hub,
    ConnectorOutbox outbox,
    TimeProvider clock,
    TranscriptObservers observers)
{
    /// <summary>Sends <paramref name="text"/>; false when the conversation has never been seen.</summary>
    public Task<bool> SendAsync(string conversationId, string text, string? senderName = null, CancellationToken ct = default) =>
        SendAsync(conversationId, text, senderName, channelData: null, ct);

    /// <param name="channelData">Set on the activity as is, e.g. <c>{"agent": "Li Wei"}</c> on an agent's message.</param>
    public async Task<bool> SendAsync(string conversationId, string text, string? senderName, JsonElement? channelData, CancellationToken ct)
    {
        StoredConversationReference? stored;
        await using (var db = factory.CreateDbContext())
            stored = await db.ConversationReferences.AsNoTracking().FirstOrDefaultAsync(r => r.ConversationId == conversationId, ct);
        if (stored is null) return false;

        var activity = ToReference(stored).CreateProactive(text);
        if (senderName is not null) activity.From!.Name = senderName;
        activity.ChannelData = channelData;
        var selfHosted = await directLine.FindOwnerAsync(conversationId, ct) is not null;

        using (await locks.AcquireAsync(conversationId, ct))
        {
            var entry = await log.AppendAsync(activity, TranscriptDirection.Outbound, selfHosted, ct);
            try
            {
                await writer.WriteAsync(db =>
                {
                    db.Transcript.Add(entry);
                    if (!selfHosted) db.Outbox.Add(ConnectorOutbox.ItemFor(entry, clock.GetUtcNow()));
                }, ct);
            }
            catch
            {
                log.Invalidate(conversationId);
                throw;
            }
            if (selfHosted) hub.Publish(conversationId, [new HistoryEntry(entry.Sequence, entry.ActivityJson)]);
            observers.Committed(entry);
        }

        if (!selfHosted) await outbox.DeliverConversationAsync(conversationId, ct);
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
