using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Conversations;

internal static class TranscriptEntries
{
    /// <param name="json">The activity already serialised, when the caller has it (saves a second pass).</param>
    public static TranscriptEntry From(Activity activity, TranscriptDirection direction, DateTimeOffset now, string? json = null) => new()
    {
        ConversationId = activity.Conversation?.Id ?? "",
        ActivityId = activity.Id,
        Direction = direction,
        Type = activity.Type ?? "",
        ChannelId = activity.ChannelId ?? "",
        SenderRole = activity.From?.Role ?? (direction == TranscriptDirection.Inbound ? RoleTypes.User : RoleTypes.Bot),
        SenderId = activity.From?.Id,
        SenderName = activity.From?.Name,
        Text = activity.Text,
        Locale = activity.Locale,
        Timestamp = activity.Timestamp ?? now,
        ActivityJson = json ?? ActivityJson.Serialize(activity),
    };
}
