using System.Text.Json;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Channels.Teams;

/// <summary>Reading the Teams-specific parts of an inbound activity (PROTOCOL.md §4).</summary>
public static class TeamsActivityExtensions
{
    /// <summary>
    /// Removes the bot's own @mention from <see cref="Activity.Text"/>, which Teams puts there in
    /// group chats and channels (<c>&lt;at&gt;AfterSalesBot&lt;/at&gt; my kettle leaks</c>), and trims
    /// the rest. Mentions of other people stay: they are part of what the user said.
    /// </summary>
    /// <returns>The new text.</returns>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var recipientId = activity.Recipient?.Id;
        if (activity.Text is null || recipientId is null || activity.Entities is null) return activity.Text;

        var text = activity.Text;
        foreach (var entity in activity.Entities)
        {
            if (!IsMentionOf(entity, recipientId, out var mentionText)) continue;
            if (!string.IsNullOrEmpty(mentionText)) text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
        }
        activity.Text = text.Trim();
        return activity.Text;
    }

    /// <summary>The Entra tenant: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public static string? GetTenantId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && !string.IsNullOrEmpty(id.GetString()))
        {
            return id.GetString();
        }
        return string.IsNullOrEmpty(activity.Conversation?.TenantId) ? null : activity.Conversation.TenantId;
    }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c> (see <see cref="TeamsConversationTypes"/>); null off Teams.</summary>
    public static string? GetConversationType(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.IsNullOrEmpty(activity.Conversation?.ConversationType) ? null : activity.Conversation.ConversationType;
    }

    private static bool IsMentionOf(JsonElement entity, string recipientId, out string? mentionText)
    {
        mentionText = null;
        if (entity.ValueKind != JsonValueKind.Object
            || !entity.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || !string.Equals(type.GetString(), "mention", StringComparison.OrdinalIgnoreCase)
            || !entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
            || !string.Equals(StringProperty(mentioned, "id"), recipientId, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Older payloads leave out the entity's text; Teams renders the mention as <at>name</at>.
        mentionText = StringProperty(entity, "text")
            ?? (StringProperty(mentioned, "name") is { Length: > 0 } name ? $"<at>{name}</at>" : null);
        return true;
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
