namespace AfterSalesBot.Bot.Conversations.Leases;

/// <summary>
/// What this instance knows about a conversation whose lease it holds. Guarded by locking the object itself; the
/// transcript fields change only under the conversation's lock (<see cref="ConversationLocks"/>) as well.
/// </summary>
public sealed class HeldLease(string conversationId)
{
    public string ConversationId { get; } = conversationId;

    /// <summary>Until when this instance trusts the lease without asking the database (its own clock, with a margin
    /// below the expiry it wrote).</summary>
    public DateTimeOffset TrustedUntil { get; set; }

    /// <summary>Set by the first successful claim. Before it, the object only stands for a claim on its way (an activity
    /// accepted here for a conversation that may be another instance's): nothing to renew, nothing to give up.</summary>
    public bool Claimed { get; set; }

    /// <summary>Every transcript sequence up to this one was appended here or read by a drain: no activity accepted by
    /// another instance can be waiting below it.</summary>
    public long Through { get; set; }

    /// <summary>A sequence above <see cref="Through"/> + 1 was committed here: another instance appended in between,
    /// so the next turn reads the inbox first.</summary>
    public bool Gap { get; set; } = true;

    /// <summary>The highest inbound sequence whose turn is queued or done here.</summary>
    public long ScheduledThrough { get; set; }

    /// <summary>Turns and drains queued or running.</summary>
    public int Busy { get; set; }

    public DateTimeOffset IdleSince { get; set; }

    /// <summary>Set once given up: a dispatch that still sees this object must claim again.</summary>
    public bool Released { get; set; }

    public bool IsTrusted(DateTimeOffset now) => !Released && now < TrustedUntil;
}
