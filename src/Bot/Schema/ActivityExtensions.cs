using System.Text.Json;

namespace AfterSalesBot.Bot.Schema;

public static class ActivityExtensions
{
    /// <summary>A reply: from and recipient swapped, same conversation and channel, replyToId set.</summary>
    public static Activity CreateReply(this Activity inbound, string? text = null, string? locale = null)
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = inbound.ChannelId,
            ServiceUrl = inbound.ServiceUrl,
            Conversation = inbound.Conversation is null ? null : new ConversationAccount { Id = inbound.Conversation.Id },
            From = inbound.Recipient is null ? null : new ChannelAccount { Id = inbound.Recipient.Id, Name = inbound.Recipient.Name, Role = RoleTypes.Bot },
            Recipient = inbound.From is null ? null : new ChannelAccount { Id = inbound.From.Id, Name = inbound.From.Name, Role = RoleTypes.User },
            Text = text,
            Locale = locale ?? inbound.Locale,
            InputHint = InputHints.AcceptingInput,
        };
        // The SDK omits replyToId on replies to conversationUpdate for Direct Line and Web Chat.
        var omitReplyTo = inbound.Type == ActivityTypes.ConversationUpdate
            && inbound.ChannelId is "directline" or "webchat";
        if (!omitReplyTo) reply.ReplyToId = inbound.Id;
        return reply;
    }

    public static ConversationReference GetConversationReference(this Activity activity) => new()
    {
        ActivityId = activity.Id,
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        Locale = activity.Locale,
    };

    /// <summary>An activity that starts a proactive message from a stored reference.</summary>
    public static Activity CreateProactive(this ConversationReference reference, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        Conversation = reference.Conversation is null ? null : new ConversationAccount { Id = reference.Conversation.Id },
        From = reference.Bot is null ? null : new ChannelAccount { Id = reference.Bot.Id, Name = reference.Bot.Name, Role = RoleTypes.Bot },
        Recipient = reference.User is null ? null : new ChannelAccount { Id = reference.User.Id, Name = reference.User.Name, Role = RoleTypes.User },
        Text = text,
        Locale = reference.Locale,
    };

    /// <summary>Reads a string from channelData, e.g. <c>clientActivityID</c>.</summary>
    public static string? GetChannelDataString(this Activity activity, string name) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
