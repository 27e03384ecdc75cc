using System.Text.Json;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Escalation.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Escalation;

/// <summary>
/// The desk's way to the customer: an agent's words and system notices go out as proactive messages from the stored
/// conversation reference (self-hosted Direct Line and Azure/Teams alike); a wake runs a bot turn without a message.
/// </summary>
internal sealed class CustomerConversations(
    ProactiveMessenger messenger,
    ConversationLanguages languages,
    IDbContextFactory<BotDbContext> factory,
    DirectLineStore directLine,
    TurnScheduler scheduler,
    TurnProcessor processor,
    IOptions<ComplaintOptions> complaints,
    IOptions<AfterSalesBot.Escalation.EscalationOptions> escalation) : ICustomerConversations
{
    /// <summary>The name of the internal wake event. Only <see cref="WakeAsync"/> makes a desk wake; an event with
    /// this name from a channel is an ordinary activity the bot ignores.</summary>
    public const string DeskEventName = "aftersalesbot/desk";

    /// <summary>The key of the channelData marker on an agent's message (the transcripts read it).</summary>
    public const string AgentMarker = "agent";

    public async Task<bool> SendFromAgentAsync(string conversationId, string agentName, string text, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentName);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var culture = await languages.FindAsync(conversationId, ct);
        // Teams shows every message as the bot's: the name goes in the text; Web Chat also gets it as the sender.
        var marked = BotTexts.Get("Agent.Says", culture, agentName, text);
        var marker = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [AgentMarker] = agentName });
        return await messenger.SendAsync(conversationId, marked, agentName, marker, ct);
    }

    public async Task<bool> NotifyAsync(string conversationId, CustomerNotice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var culture = await languages.FindAsync(conversationId, ct);
        // The customer's own zone, as their channel sent it; else the configured customers' zone.
        var zone = CustomerTime.FirstKnown(await languages.FindTimeZoneAsync(conversationId, ct), complaints.Value.TimeZone);
        return await messenger.SendAsync(conversationId, CustomerNoticeTexts.Render(notice, culture, zone, escalation.Value.EmergencyLine), ct: ct);
    }

    /// <summary>Schedules the turn behind the conversation's other turns and waits for it. Never call it from inside a
    /// turn of the same conversation.</summary>
    public Task WakeAsync(string conversationId, CancellationToken ct) => RunWakeAsync(conversationId, followUp: null, ct);

    /// <summary>A desk wake, optionally carrying a due follow-up for the bot to speak; false when the conversation is unknown.
    /// Never call it from inside a turn of the same conversation.</summary>
    public async Task<bool> RunWakeAsync(string conversationId, FollowUpPrompt? followUp, CancellationToken ct)
    {
        StoredConversationReferenceView? stored;
        await using (var db = factory.CreateDbContext())
            stored = await db.ConversationReferences.AsNoTracking().Where(r => r.ConversationId == conversationId)
                .Select(r => new StoredConversationReferenceView(r.ChannelId, r.ServiceUrl, r.UserId, r.UserName, r.BotId, r.BotName, r.TenantId,
                    r.ConversationType, r.Locale))
                .FirstOrDefaultAsync(ct);
        if (stored is null) return false;
        // Built from the stored reference, so the turn keeps the route; no id, so replies are sent, not replied to.
        var wake = new Activity
        {
            Type = ActivityTypes.Event,
            Name = DeskEventName,
            ChannelId = stored.ChannelId,
            ServiceUrl = stored.ServiceUrl,
            From = new ChannelAccount { Id = stored.UserId, Name = stored.UserName, Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = stored.BotId, Name = stored.BotName, Role = RoleTypes.Bot },
            Conversation = new ConversationAccount { Id = conversationId, TenantId = stored.TenantId, ConversationType = stored.ConversationType },
            Locale = stored.Locale,
        };
        var selfHosted = await directLine.FindOwnerAsync(conversationId, ct) is not null;
        await scheduler.Schedule(conversationId, () => processor.ProcessAsync(wake, inboundSequence: null, selfHosted, CancellationToken.None, followUp));
        return true;
    }

    private sealed record StoredConversationReferenceView(string ChannelId, string ServiceUrl, string? UserId, string? UserName, string? BotId,
        string? BotName, string? TenantId, string? ConversationType, string? Locale);
}
