namespace AfterSalesBot.Bot.Data.Entities;

public enum OutboxState
{
    /// <summary>Committed with its turn, not yet tried.</summary>
    Pending,

    /// <summary>The channel accepted it.</summary>
    Delivered,

    /// <summary>Refused at least once; tried again at <see cref="OutboxItem.NextAttemptAt"/>.</summary>
    Failed,

    /// <summary>Given up (the attempt limit, or the bot removed from the conversation): logged, counted, never retried.</summary>
    Parked,
}

/// <summary>
/// The delivery state of one outbound activity to a channel outside this process (Teams, Azure Bot Service). The
/// activity itself is the transcript row with the same key (<see cref="ConversationId"/>, <see cref="Sequence"/>); this
/// row is written in the same transaction and delivered after the commit, in sequence order per conversation.
/// An instance claims it with a conditional update on <see cref="Version"/>, so of two instances only one sends it.
/// </summary>
public sealed class OutboxItem
{
    public required string ConversationId { get; set; }
    public long Sequence { get; set; }
    public required string ChannelId { get; set; }
    public OutboxState State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
