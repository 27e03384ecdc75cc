namespace AfterSalesBot.Escalation.FollowUps;

/// <summary>What came of one send.</summary>
public enum FollowUpDelivery
{
    /// <summary>The customer was told (committed to the conversation and handed to the channel).</summary>
    Sent,

    /// <summary>Nothing to say any more (e.g. the customer already answered): the item is cancelled, not retried.</summary>
    NotNeeded,
}

/// <summary>
/// Speaks a due follow-up into the customer's conversation, implemented by the host (the bot): a turn in the
/// conversation's language on the channel it came from. A failure throws (<see cref="FollowUpSendException"/> or any
/// other exception); the scheduler retries it with backoff and parks it after the limit.
/// </summary>
public interface IFollowUpSender
{
    Task<FollowUpDelivery> SendAsync(DueFollowUp item, CancellationToken ct);
}

/// <param name="Kind">One of <see cref="FollowUpKinds"/>.</param>
public sealed record DueFollowUp(Guid Id, string CaseNumber, string ConversationId, string Kind, int Attempt);

/// <summary>The send could not be made now (unknown conversation, the customer is busy with another complaint, the
/// channel refused): the message is the reason staff see if it ends up parked.</summary>
public sealed class FollowUpSendException(string message) : Exception(message);
