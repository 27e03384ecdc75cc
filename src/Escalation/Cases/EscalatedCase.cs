namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// A case a person carries on: opened by an escalation (<see cref="CaseStatus.Queued"/>) or by an agreed remedy
/// that departments must carry out (<see cref="CaseStatus.ActionPending"/>). What happened to it is in its
/// <see cref="CaseEvent"/>s.
/// </summary>
public sealed class EscalatedCase
{
    /// <summary>AS-yyyyMMdd-NNNN, numbered per day in the business time zone; the primary key.</summary>
    public required string Number { get; init; }
    public required string ConversationId { get; init; }

    /// <summary>The turn effect that opened it (conversation/activity/effect), unique: a replayed turn finds its case again.</summary>
    public string? OpeningKey { get; init; }
    public required string ChannelId { get; init; }
    public required string Locale { get; init; }

    /// <summary>Why the bot handed over; null for a case opened by an agreed remedy.</summary>
    public EscalationReason? Reason { get; init; }
    /// <summary>Raised when a resolved case is reopened (a repeat failure).</summary>
    public CasePriority Priority { get; set; }

    /// <summary>One of <see cref="CaseStatus"/>; changed only through <see cref="CaseLifecycle"/>.</summary>
    public required string Status { get; set; }
    public DateTimeOffset OpenedAt { get; init; }
    /// <summary>Set again when the follow-up reopens the case: a person owes a fresh first response.</summary>
    public DateTimeOffset FirstResponseDue { get; set; }
    public DateTimeOffset ResolutionDue { get; set; }
    public required CaseSheet Sheet { get; init; }

    /// <summary>The last four digits of the customer's phone, which they quote to check the status.</summary>
    public string? PhoneLastFour { get; init; }

    /// <summary>Who owns the case; null while it is in the queue. Set only through <see cref="CaseLifecycle"/>.</summary>
    public string? Assignee { get; set; }

    /// <summary>The team (product line) it was transferred to, if any.</summary>
    public string? Team { get; set; }

    /// <summary>How it was resolved; null until resolved, cleared on reopen.</summary>
    public string? Outcome { get; set; }

    /// <summary>Optimistic concurrency token: the context increments it on every change, so of two people changing
    /// the same case at once only the first succeeds.</summary>
    public int Version { get; set; }

    /// <summary>When a person first wrote to the customer (the first-response KPI and SLA); null until then.</summary>
    public DateTimeOffset? FirstRespondedAt { get; set; }

    /// <summary>When the case was last resolved; cleared on reopen.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>A hand-back to the bot waiting for the bot's next turn: one of <see cref="HandBackSteps"/>.</summary>
    public string? HandBackStep { get; set; }

    /// <summary>The remedy the agent chose for the hand-back (propose or record), if any.</summary>
    public SheetRemedy? HandBackRemedy { get; set; }

    /// <summary>The place in the queue the customer was last told, so they hear again only when it changes.</summary>
    public int? LastToldPosition { get; set; }

    /// <summary>When the customer's contact data was removed (retention or an erasure request); the business facts stay.</summary>
    public DateTimeOffset? PersonalDataErasedAt { get; set; }
}

/// <summary>Where the agent can hand the conversation back to the bot (issue 5, "Live handoff").</summary>
public static class HandBackSteps
{
    /// <summary>The bot proposes a remedy again (the agent's choice, or the coverage decision's next option).</summary>
    public const string ProposeRemedy = "ProposeRemedy";

    /// <summary>The customer already agreed with the agent: the bot records the handling agreement.</summary>
    public const string RecordAgreement = "RecordAgreement";

    /// <summary>Settled: the bot tells the customer a follow-up will come, and when.</summary>
    public const string ScheduleFollowUp = "ScheduleFollowUp";

    public static readonly IReadOnlyList<string> All = [ProposeRemedy, RecordAgreement, ScheduleFollowUp];
}
