namespace AfterSalesBot.Escalation.Cases;

public enum CasePriority
{
    Safety,
    Urgent,
    Normal,
}

public enum EscalationReason
{
    Safety,
    CustomerAskedForPerson,
    BeyondBotAuthority,
    RemedyRejectedTwice,
    NeedsReview,
    RepeatedInvalidAnswers,
    UnreasonableDemand,
}

/// <param name="FirstResponseHours">From the product line's service level (emergency hours for safety).</param>
/// <param name="Offers">Remedies offered before the case existed, with their answers (open ones unanswered): written with the
/// case, in the same transaction.</param>
/// <param name="OpeningKey">The turn's effect that opens this case (conversation, activity, effect): a turn replayed after a
/// crash gets the case it opened the first time, never a second one.</param>
public sealed record OpenCaseRequest(
    string ConversationId,
    string ChannelId,
    string Locale,
    EscalationReason Reason,
    CasePriority Priority,
    CaseSheet Sheet,
    int FirstResponseHours,
    int ResolutionHours,
    IReadOnlyList<OfferReport>? Offers = null,
    string? OpeningKey = null);

/// <param name="Number">Human-friendly and unique, e.g. AS-20261122-0007.</param>
/// <param name="QueuePosition">1 = next to be taken.</param>
/// <param name="StaffedAgainAt">Set when nobody is on duty now (outside <c>Escalation:StaffedHours</c>): when the team is back.</param>
/// <param name="OnBusinessHours">The deadlines count staffed hours only (<c>Escalation:DeadlinesOnBusinessHours</c>, not for
/// safety): tell the customer the date and time of <paramref name="FirstResponseDue"/>, not "within N hours".</param>
public sealed record OpenedCase(string Number, CasePriority Priority, DateTimeOffset FirstResponseDue, DateTimeOffset ResolutionDue, int QueuePosition,
    DateTimeOffset? StaffedAgainAt = null, bool OnBusinessHours = false);

/// <summary>
/// The handling agreement (处理协议, DOMAIN.md §3 step 5): who offered what, under which policy version, and
/// when the customer accepted. Immutable once recorded.
/// </summary>
/// <param name="CaseNumber">The escalated case the bot carries on after a hand-back (<see cref="CaseStatus.WithBot"/>): the
/// agreement is recorded under it (ActionPending) instead of a new case.</param>
/// <param name="Offers">Every offer of this complaint not yet reported, with its answer — the accepted one included: written
/// with the agreement, in the same transaction.</param>
public sealed record AgreementRequest(
    string ConversationId,
    string ChannelId,
    string Locale,
    string OfferedBy,
    SheetRemedy Remedy,
    string PolicyCode,
    int PolicyVersion,
    DateTimeOffset OfferedAt,
    DateTimeOffset AcceptedAt,
    CaseSheet Sheet,
    int ActionHours,
    string? CaseNumber = null,
    IReadOnlyList<OfferReport>? Offers = null,
    string? OpeningKey = null);

/// <param name="Number">The case the agreement is carried out under; the customer quotes it.</param>
public sealed record RecordedAgreement(string Number, DateTimeOffset ActionDue);

/// <summary>What a customer may hear about their case (DOMAIN.md §9): never another customer's details.</summary>
public sealed record CaseStatusView(string Number, string ConversationId, CaseStatus Status, CasePriority Priority, DateTimeOffset OpenedAt,
    DateTimeOffset FirstResponseDue, string? PhoneLastFour);

/// <summary>Where an escalated case stands, as the bot needs it each turn.</summary>
/// <param name="Status">One of <see cref="CaseStatus"/>.</param>
/// <param name="QueuePosition">1 = next to be taken; null when not in the queue.</param>
/// <param name="PendingHandBack">One of <see cref="HandBackSteps"/> while a hand-back waits for the bot.</param>
/// <param name="StaffedAgainAt">Set outside staffed hours: when the team is back.</param>
/// <param name="Priority">A <see cref="CasePriority.Safety"/> case outside staffed hours is with the emergency duty, not waiting
/// for the team's return (<see cref="EscalationOptions.EmergencyLine"/>).</param>
public sealed record CaseHandling(string Number, CaseStatus Status, string? Assignee, int? QueuePosition, string? PendingHandBack,
    DateTimeOffset FirstResponseDue, DateTimeOffset? StaffedAgainAt, CasePriority Priority = CasePriority.Normal, string? AssigneeName = null)
{
    public bool PersonOwnsConversation => CaseStatuses.PersonOwnsConversation.Contains(Status);
}

/// <summary>The escalation desk as the conversation sees it: open a case, record an agreement, look one up, and
/// follow the live handoff.</summary>
public interface ICaseDesk
{
    Task<OpenedCase> OpenAsync(OpenCaseRequest request, CancellationToken ct);

    Task<RecordedAgreement> RecordAgreementAsync(AgreementRequest request, CancellationToken ct);

    /// <summary>The case as staff tools see it, phone digits included: never for a customer's eyes; the conversation asks
    /// <see cref="CheckStatusAsync"/>.</summary>
    Task<CaseStatusView?> FindAsync(string number, CancellationToken ct);

    /// <summary>What a customer may hear about a case after the light check (being its conversation, or the last four
    /// digits of its phone). An unknown number and wrong digits get the same answer, and are slowed down per conversation
    /// and per number (<see cref="StatusCheckOptions"/>).</summary>
    Task<CaseStatusAnswer> CheckStatusAsync(CaseStatusCheck check, CancellationToken ct);

    /// <summary>Offers made and answered on an existing case of this conversation (after a hand-back); what was already
    /// reported is skipped, and a recorded answer is never changed.</summary>
    Task RecordOffersAsync(string number, string conversationId, IReadOnlyList<OfferReport> offers, CancellationToken ct);

    /// <summary>Status, owner, place in the queue (the order of <see cref="CaseQueue.ListAsync"/>) and any pending hand-back;
    /// null for an unknown case.</summary>
    Task<CaseHandling?> GetHandlingAsync(string number, CancellationToken ct);

    /// <summary>Returns and clears the pending hand-back, exactly once however many turns ask at the same time.</summary>
    Task<ClaimedHandBack?> ClaimHandBackAsync(string number, CancellationToken ct);

    /// <summary>After a hand-back the customer needs a person again: the case goes back to its owner (WithBot → Assigned).</summary>
    Task<CaseActionResult> CustomerNeedsPersonAsync(string number, string why, CancellationToken ct);

    /// <summary>A safety hazard on a case the customer already has: it becomes a safety case and, if the bot was carrying it
    /// on, goes back to its owner (WithBot → Assigned). Refused for a resolved or closed case.</summary>
    Task<CaseActionResult> RaiseForSafetyAsync(string number, string hazard, CancellationToken ct);

    /// <summary>The customer answered the owner's question (WaitingOnCustomer → Assigned).</summary>
    Task<CaseActionResult> CustomerRepliedAsync(string number, CancellationToken ct);
}
