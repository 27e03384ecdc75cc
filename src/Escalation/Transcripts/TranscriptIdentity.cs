using System.Text.Json.Nodes;

namespace AfterSalesBot.Escalation.Transcripts;

/// <summary>Who and where a conversation is, as its own activities name it: the channel, the conversation, the bot and
/// the customer. Events the export adds (the handling agreement) carry these, so readers file them with the conversation.</summary>
internal sealed record TranscriptIdentity(string ChannelId, JsonObject Conversation, JsonObject Bot, JsonObject Customer)
{
    public static TranscriptIdentity From(string conversationId, IEnumerable<(JsonObject Activity, bool Inbound)> activities)
    {
        string? channel = null;
        JsonObject? conversation = null, bot = null, customer = null;
        foreach (var (activity, inbound) in activities)
        {
            channel ??= (activity["channelId"] as JsonValue)?.ToString();
            conversation ??= activity["conversation"] as JsonObject;
            var (from, to) = (activity["from"] as JsonObject, activity["recipient"] as JsonObject);
            if (inbound) (customer, bot) = (customer ?? from, bot ?? to);
            else (bot, customer) = (bot ?? from, customer ?? to);
            if (channel is not null && conversation is not null && bot is not null && customer is not null) break;
        }
        return new TranscriptIdentity(
            channel ?? "directline",
            Account(conversation, conversationId, null),
            Account(bot, "bot", "bot"),
            Account(customer, "user", "user"));
    }

    private static JsonObject Account(JsonObject? known, string id, string? role)
    {
        var account = known?.DeepClone().AsObject() ?? new JsonObject { ["id"] = id };
        if (role is not null && account["role"] is null) account["role"] = role;
        return account;
    }
}
