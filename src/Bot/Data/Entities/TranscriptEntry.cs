namespace AfterSalesBot.Bot.Data.Entities;

public enum TranscriptDirection
{
    Inbound,
    Outbound,
}

/// <summary>One activity in the transcript, in the order the bot saw or sent it.</summary>
public sealed class TranscriptEntry
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public string? ActivityId { get; set; }
    public TranscriptDirection Direction { get; set; }
    public required string Type { get; set; }
    public required string ChannelId { get; set; }
    public string? SenderRole { get; set; }
    public string? SenderId { get; set; }
    public string? SenderName { get; set; }
    public string? Text { get; set; }
    public string? Locale { get; set; }
    public DateTimeOffset Timestamp { get; set; }
    public required string ActivityJson { get; set; }
}
