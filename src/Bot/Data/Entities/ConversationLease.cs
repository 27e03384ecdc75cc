namespace AfterSalesBot.Bot.Data.Entities;

/// <summary>
/// Which instance runs a conversation's turns, until when (ADR 0028). Taken with a conditional update or insert, renewed
/// while the owner is busy, deleted when it goes idle; an instance that died leaves a row that runs out and is taken over.
/// </summary>
public sealed class ConversationLease
{
    public required string ConversationId { get; set; }
    public required string Owner { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Counts the hand-overs between owners: each take-over by another instance adds one.</summary>
    public long Version { get; set; }
}
