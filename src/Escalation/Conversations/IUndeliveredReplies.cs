namespace AfterSalesBot.Escalation.Conversations;

/// <summary>
/// Replies the customer's channel refused for good (the bot was removed or blocked, or every retry failed),
/// implemented by the host (the bot owns the outbox). A person has to reach these customers another way.
/// </summary>
public interface IUndeliveredReplies
{
    /// <summary>The conversations with parked replies, the most recently parked first, at most
    /// <paramref name="maxConversations"/>; each with its parked replies in conversation order.</summary>
    Task<IReadOnlyList<UndeliveredConversation>> ParkedAsync(int maxConversations, CancellationToken ct);
}

/// <param name="ChannelId">The channel that refused, e.g. "msteams".</param>
public sealed record UndeliveredConversation(string ConversationId, string ChannelId, IReadOnlyList<UndeliveredReply> Replies);

/// <param name="ParkedAt">When the outbox gave up on it.</param>
/// <param name="LastError">The channel's last refusal, as the outbox recorded it.</param>
/// <param name="Text">The reply's text (null for a reply without text, e.g. a card only).</param>
public sealed record UndeliveredReply(long Sequence, DateTimeOffset ParkedAt, string? LastError, string? Text);
