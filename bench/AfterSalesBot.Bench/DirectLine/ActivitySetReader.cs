using System.Text.Json;

namespace AfterSalesBot.Bench.DirectLine;

/// <summary>Reads an ActivitySet <c>{"activities":[…],"watermark":"…"}</c> and reports the bot's replies.</summary>
public static class ActivitySetReader
{
    /// <returns>The set's watermark, or null when it has none.</returns>
    public static string? Read(ReadOnlyMemory<byte> json, ReplyWaiters waiters, long seenAt)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("activities", out var activities) && activities.ValueKind == JsonValueKind.Array)
        {
            foreach (var activity in activities.EnumerateArray())
            {
                if (IsBotMessage(activity) && Text(activity, "replyToId") is { Length: > 0 } replyToId)
                    waiters.Observe(replyToId, seenAt);
            }
        }

        return Text(root, "watermark");
    }

    // Typing indicators can carry replyToId too; only the message is the reply.
    private static bool IsBotMessage(JsonElement activity) =>
        Text(activity, "type") is null or "message"
        && activity.TryGetProperty("from", out var from)
        && from.ValueKind == JsonValueKind.Object
        && Text(from, "role") == "bot";

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
