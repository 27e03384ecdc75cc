namespace AfterSalesBot.Escalation.FollowUps;

/// <summary>What the customer's answer to the follow-up did to the case.</summary>
/// <param name="Succeeded">False when the case was no longer open to a follow-up (already closed or reopened).</param>
/// <param name="ContactBy">After "not solved": when a person will have contacted the customer.</param>
/// <param name="QueuePosition">After "not solved": the reopened case's place in the queue.</param>
/// <param name="StaffedAgainAt">Set outside staffed hours: when the team is back.</param>
public sealed record FollowUpAnswer(bool Succeeded, Cases.CaseStatus? Status, DateTimeOffset? ContactBy = null, int? QueuePosition = null,
    DateTimeOffset? StaffedAgainAt = null);

/// <summary>The follow-up as the conversation records it (DOMAIN.md §2 step 6): each answer changes the case, records
/// the result and cancels what was still scheduled, in one transaction.</summary>
public interface IFollowUpDesk
{
    /// <summary>"Yes, solved": the case closes (resolved first if the action was still pending) with the result Solved.</summary>
    /// <param name="answerKey">The answering turn's idempotency key: the same key again (a replayed turn) returns the first
    /// answer and changes nothing. Null: no replay protection.</param>
    Task<FollowUpAnswer> SolvedAsync(string number, string? answerKey, CancellationToken ct);

    /// <summary>The satisfaction survey (1–5, optional comment), once, on the Solved result; false if there is none or it is rated.</summary>
    Task<bool> RateAsync(string number, int rating, string? comment, CancellationToken ct);

    /// <summary>"No": the case reopens into the queue with a raised priority and a fresh first-response deadline.</summary>
    /// <param name="answerKey">As for <see cref="SolvedAsync"/>: a replayed "no" finds the case it reopened, never opens or
    /// reopens another.</param>
    Task<FollowUpAnswer> NotSolvedAsync(string number, string? answerKey, CancellationToken ct);

    /// <summary>No answer after the reminder: the case closes as unconfirmed.</summary>
    Task<FollowUpAnswer> UnconfirmedAsync(string number, CancellationToken ct);
}
