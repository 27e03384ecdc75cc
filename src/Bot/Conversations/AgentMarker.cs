using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// <c>channelData.agent</c> names the agent who wrote a message; only the bot's agent relay sets it, on what it sends.
/// On what arrives it is the sender's claim, so the inbox removes it before anything is stored or shown.
/// </summary>
public static class AgentMarker
{
    public const string Property = "agent";

    /// <summary>Removes the marker from an inbound activity's channel data; other channel data stays as sent.</summary>
    public static void StripFrom(Activity activity)
    {
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } data || !data.TryGetProperty(Property, out _)) return;
        var copy = JsonNode.Parse(data.GetRawText())!.AsObject();
        copy.Remove(Property);
        activity.ChannelData = JsonSerializer.SerializeToElement(copy);
    }
}
