namespace AfterSalesBot.Bot.Data.Entities;

/// <summary>A conversation and the bot's state for it. The state is opaque to storage.</summary>
public sealed class ConversationRecord
{
    public required string Id { get; set; }
    public required string ChannelId { get; set; }
    public string? State { get; set; }
    public string? Locale { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long TurnCount { get; set; }

    /// <summary>The transcript sequence of the last inbound activity whose turn has been committed.</summary>
    public long LastProcessedSequence { get; set; }
}
