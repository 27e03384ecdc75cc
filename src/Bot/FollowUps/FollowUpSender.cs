using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Escalation;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.FollowUps;

namespace AfterSalesBot.Bot.FollowUps;

/// <summary>
/// Speaks a due follow-up as a desk wake turn of the customer's conversation: the bot words it in the conversation's
/// language, the turn commits the state and the message together, and it goes out on the channel the customer used
/// (pushed to an open Web Chat and kept in its history; through the connector for Teams).
/// </summary>
internal sealed class FollowUpSender(ICustomerConversations conversations) : IFollowUpSender
{
    public async Task<FollowUpDelivery> SendAsync(DueFollowUp item, CancellationToken ct)
    {
        var desk = (CustomerConversations)conversations;
        var prompt = new FollowUpPrompt(item);
        if (!await desk.RunWakeAsync(item.ConversationId, prompt, ct))
            throw new FollowUpSendException($"Conversation {item.ConversationId} is unknown here: no stored reference to reach the customer.");
        if (prompt.NotNow is { } why) throw new FollowUpSendException(why);
        return prompt.Delivery ?? throw new FollowUpSendException("The bot turn failed; see the log.");
    }
}
