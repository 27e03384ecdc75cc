using System.Text.Json;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Escalation.Conversations;

namespace AfterSalesBot.Bot.Transcripts;

/// <summary>A stored transcript row as the desk reads it.</summary>
public static class TranscriptLines
{
    public const string In = "in";
    public const string Out = "out";

    /// <summary>The live handoff marks a message an agent wrote with <c>channelData: { "agent": "&lt;display name&gt;" }</c>.</summary>
    public const string AgentProperty = "agent";

    public static TranscriptLine From(TranscriptEntry entry)
    {
        var (agent, attachments) = Inspect(entry.ActivityJson);
        var inbound = entry.Direction == TranscriptDirection.Inbound;
        // Only the bot's own relay (outbound) speaks for an agent; a customer's activity never does, whatever it carries
        // (rows stored before the inbox stripped the marker included).
        return new TranscriptLine(entry.Sequence, entry.Timestamp, inbound ? In : Out, entry.Type,
            entry.SenderName, entry.Text, inbound ? null : agent, attachments, entry.ActivityJson);
    }

    private static (string? Agent, int Attachments) Inspect(string activityJson)
    {
        try
        {
            using var document = JsonDocument.Parse(activityJson);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, 0);
            string? agent = null;
            if (root.TryGetProperty("channelData", out var channelData) && channelData.ValueKind == JsonValueKind.Object
                && channelData.TryGetProperty(AgentProperty, out var name) && name.ValueKind == JsonValueKind.String)
                agent = name.GetString();
            var attachments = root.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0;
            return (agent, attachments);
        }
        catch (JsonException)
        {
            return (null, 0); // the text and direction are still worth showing
        }
    }
}
