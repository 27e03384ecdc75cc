namespace AfterSalesBot.Escalation.FollowUps;

/// <summary>
/// One message the bot owes a customer at a set time, in the database so it survives restarts. A scheduler
/// instance claims it with a conditional update on <see cref="Version"/>, so of two instances only one sends it.
/// </summary>
public sealed class ScheduledFollowUp
{
    public Guid Id { get; init; }
    public required string CaseNumber { get; init; }
    public required string ConversationId { get; init; }

    /// <summary>One of <see cref="FollowUpKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>One of <see cref="FollowUpStatuses"/>.</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it is due; moved earlier when staff mark the action done before the promised date.</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>When it may be claimed next: the due time, then each retry's backoff.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Sends tried so far (claims, including one whose instance died).</summary>
    public int Attempts { get; set; }

    /// <summary>The instance holding the claim, until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public string? LastError { get; set; }

    /// <summary>When it was sent, cancelled or parked.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Optimistic concurrency token: the context increments it on every change.</summary>
    public int Version { get; set; }
}

public static class FollowUpKinds
{
    /// <summary>"Was the problem solved?"</summary>
    public const string Ask = "Ask";

    /// <summary>The one reminder when the question went unanswered.</summary>
    public const string Reminder = "Reminder";

    /// <summary>Still no answer: the case closes as unconfirmed.</summary>
    public const string CloseUnconfirmed = "CloseUnconfirmed";
}

public static class FollowUpStatuses
{
    public const string Pending = "Pending";

    /// <summary>Claimed by an instance that is sending it.</summary>
    public const string Sending = "Sending";
    public const string Sent = "Sent";

    /// <summary>No longer wanted: the customer answered, or the case moved on (reopened, closed, with a person).</summary>
    public const string Cancelled = "Cancelled";

    /// <summary>Failed <see cref="FollowUpOptions.MaxAttempts"/> times: shown to staff, not retried.</summary>
    public const string Parked = "Parked";
}
