namespace AfterSalesBot.Escalation.Cases;

/// <summary>A customer asks about a case: its number, the conversation asking, and the digits they gave, if any.</summary>
/// <param name="PhoneLastFour">The last four digits of the phone on the case; null when not asked yet.</param>
public sealed record CaseStatusCheck(string Number, string ConversationId, string? PhoneLastFour);

public enum StatusCheckOutcome
{
    /// <summary>Checked: <see cref="CaseStatusAnswer.Status"/> is set.</summary>
    Shown,

    /// <summary>Not the case's conversation: ask for the last four digits (whether or not the number exists).</summary>
    NeedsPhoneDigits,

    /// <summary>Unknown number or wrong digits: the same answer for both.</summary>
    NotMatched,

    /// <summary>Too many wrong checks lately: nothing is checked until <see cref="CaseStatusAnswer.RetryAt"/>.</summary>
    Throttled,
}

/// <param name="RetryAt">When checks are possible again: set when throttled, and on the wrong check that started it.</param>
public sealed record CaseStatusAnswer(StatusCheckOutcome Outcome, CustomerCaseStatus? Status = null, DateTimeOffset? RetryAt = null);

/// <summary>
/// A case as its customer may hear it: the status and what happens next, nothing about staff or other customers.
/// </summary>
/// <param name="Status">One of <see cref="CaseStatus"/>.</param>
/// <param name="QueuePosition">1 = next to be taken; set while queued or reopened.</param>
/// <param name="StaffedAgainAt">Set outside staffed hours: when the team is back.</param>
/// <param name="AgreedRemedy">The description of the latest accepted remedy, if any.</param>
/// <param name="Outcome">How it was resolved, as told to the customer when it was.</param>
public sealed record CustomerCaseStatus(string Number, CaseStatus Status, int? QueuePosition, DateTimeOffset FirstResponseDue,
    DateTimeOffset ResolutionDue, DateTimeOffset? StaffedAgainAt, string? AgreedRemedy, string? Outcome, DateTimeOffset? ResolvedAt,
    CasePriority Priority = CasePriority.Normal);
