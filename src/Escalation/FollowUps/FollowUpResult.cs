namespace AfterSalesBot.Escalation.FollowUps;

/// <summary>What the return visit found (DOMAIN.md §9): solved (with the satisfaction rating once given), not solved
/// (the case reopened) or unconfirmed (no answer). One row per follow-up answered; the rating is set once.</summary>
public sealed class FollowUpResult
{
    public Guid Id { get; init; }
    public required string CaseNumber { get; init; }

    /// <summary>One of <see cref="FollowUpOutcomes"/>.</summary>
    public required string Outcome { get; init; }
    public DateTimeOffset At { get; init; }

    /// <summary>The idempotency key of the turn that gave this answer (conversation/activity/effect): a turn replayed after a
    /// crash finds its answer here instead of answering a second time. Null for answers without a turn (unconfirmed).</summary>
    public string? AnswerKey { get; init; }

    /// <summary>1 (very dissatisfied) to 5 (very satisfied); null until the customer rates.</summary>
    public int? Rating { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset? RatedAt { get; set; }
}

public static class FollowUpOutcomes
{
    public const string Solved = "Solved";
    public const string NotSolved = "NotSolved";
    public const string Unconfirmed = "Unconfirmed";
}
