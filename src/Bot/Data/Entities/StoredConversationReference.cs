namespace AfterSalesBot.Bot.Data.Entities;

/// <summary>The last known way to reach a conversation, kept for proactive messages.</summary>
public sealed class StoredConversationReference
{
    public required string ConversationId { get; set; }
    public required string ChannelId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? BotId { get; set; }
    public string? BotName { get; set; }
    public string? TenantId { get; set; }
    public string? ConversationType { get; set; }
    public string? Locale { get; set; }
    public string? LastActivityId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
