namespace AfterSalesBot.Bot.Data.Entities;

public enum InboxStatus
{
    Accepted,
    Failed,
}

/// <summary>
/// An inbound activity the server has acknowledged. Its key makes redelivery a no-op. Whether its turn
/// has run is not stored here but derived: its <see cref="Sequence"/> is at most the conversation's
/// <see cref="ConversationRecord.LastProcessedSequence"/>, which the turn commits with its state. So a
/// turn costs no extra update, and one left unfinished by a crash is found and run at start-up.
/// </summary>
public sealed class InboxItem
{
    public required string ConversationId { get; set; }
    public required string ActivityId { get; set; }
    public long Sequence { get; set; }
    public InboxStatus Status { get; set; }
    public required string ActivityJson { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public string? Error { get; set; }
}
