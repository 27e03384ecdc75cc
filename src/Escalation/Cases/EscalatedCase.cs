namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// A case a person carries on: opened by an escalation (<see cref="CaseStatus.Queued"/>) or by an agreed remedy
/// that departments must carry out (<see cref="CaseStatus.ActionPending"/>). What happened to it is in its
/// <see cref="CaseEvent"/>s. Its status, owner, team, outcome, priority and deadlines change only through its own
/// transitions (<c>EscalatedCase.Lifecycle.cs</c>): one method per transition, the one place each rule lives.
/// </summary>
public sealed partial class EscalatedCase
{
    private CaseStatus _status;
    private CasePriority _priority;
    private string? _assignee;
    private string? _team;
    private DateTimeOffset _firstResponseDue;
    private DateTimeOffset _resolutionDue;
    private string? _outcome;
    private DateTimeOffset? _firstRespondedAt;
    private DateTimeOffset? _resolvedAt;

    /// <summary>AS-yyyyMMdd-NNNN, numbered per day in the business time zone; the primary key.</summary>
    public required string Number { get; init; }
    public required string ConversationId { get; init; }

    /// <summary>The turn effect that opened it (conversation/activity/effect), unique: a replayed turn finds its case again.</summary>
    public string? OpeningKey { get; init; }
    public required string ChannelId { get; init; }
    public required string Locale { get; init; }

    /// <summary>Why the bot handed over; null for a case opened by an agreed remedy.</summary>
    public EscalationReason? Reason { get; init; }

    /// <summary>Raised by <see cref="RaisePriority"/> (a repeat failure, a missed deadline) or a safety hazard.</summary>
    public CasePriority Priority { get => _priority; init => _priority = value; }

    /// <summary>Stored as its name.</summary>
    public CaseStatus Status { get => _status; init => _status = value; }
    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>Set again when the case is reopened: a person owes a fresh first response.</summary>
    public DateTimeOffset FirstResponseDue { get => _firstResponseDue; init => _firstResponseDue = value; }
    public DateTimeOffset ResolutionDue { get => _resolutionDue; init => _resolutionDue = value; }
    public required CaseSheet Sheet { get; init; }

    /// <summary>The last four digits of the customer's phone, which they quote to check the status.</summary>
    public string? PhoneLastFour { get; init; }

    /// <summary>Who owns the case; null while it is in the queue.</summary>
    public string? Assignee { get => _assignee; init => _assignee = value; }

    /// <summary>The team (product line) it was transferred to, if any.</summary>
    public string? Team { get => _team; init => _team = value; }

    /// <summary>How it was resolved; null until resolved, cleared on reopen.</summary>
    public string? Outcome { get => _outcome; init => _outcome = value; }

    /// <summary>Optimistic concurrency token: the context increments it on every change, so of two people changing
    /// the same case at once only the first succeeds.</summary>
    public int Version { get; set; }

    /// <summary>When a person first wrote to the customer (the first-response KPI and SLA); null until then.</summary>
    public DateTimeOffset? FirstRespondedAt { get => _firstRespondedAt; init => _firstRespondedAt = value; }

    /// <summary>When the case was last resolved; cleared on reopen.</summary>
    public DateTimeOffset? ResolvedAt { get => _resolvedAt; init => _resolvedAt = value; }

    /// <summary>A hand-back to the bot waiting for the bot's next turn: one of <see cref="HandBackSteps"/>.</summary>
    public string? HandBackStep { get; private set; }

    /// <summary>The remedy the agent chose for the hand-back (propose or record), if any.</summary>
    public SheetRemedy? HandBackRemedy { get; private set; }

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
