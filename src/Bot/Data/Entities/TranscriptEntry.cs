namespace AfterSalesBot.Bot.Data.Entities;

public enum TranscriptDirection
{
    Inbound,
    Outbound,
}

/// <summary>
/// One activity of a conversation, in order: the transcript. The per-conversation sequence is also the
/// Direct Line watermark, so the self-hosted history is read straight from here — one row per activity.
/// </summary>
public sealed class TranscriptEntry
{
    public required string ConversationId { get; set; }
    public long Sequence { get; set; }
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
