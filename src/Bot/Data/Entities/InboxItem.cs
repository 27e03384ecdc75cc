namespace AfterSalesBot.Bot.Data.Entities;

public enum InboxStatus
{
    Pending,
    Done,
    Failed,
}

/// <summary>
/// An inbound activity the server has acknowledged. Its key makes redelivery of the same activity
/// a no-op; a pending item left by a crash is processed again at start-up.
/// </summary>
public sealed class InboxItem
{
    public required string ConversationId { get; set; }
    public required string ActivityId { get; set; }
    public InboxStatus Status { get; set; }
    public required string ActivityJson { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public string? Error { get; set; }
}
