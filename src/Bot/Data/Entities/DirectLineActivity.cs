namespace AfterSalesBot.Bot.Data.Entities;

/// <summary>An activity in a Direct Line conversation's history; the sequence is the watermark.</summary>
public sealed class DirectLineActivity
{
    public required string ConversationId { get; set; }
    public long Sequence { get; set; }
    public required string ActivityId { get; set; }
    public DateTimeOffset Timestamp { get; set; }
    public required string ActivityJson { get; set; }
}
