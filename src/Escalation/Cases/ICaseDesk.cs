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
public sealed record OpenCaseRequest(
    string ConversationId,
    string ChannelId,
    string Locale,
    EscalationReason Reason,
    CasePriority Priority,
    CaseSheet Sheet,
    int FirstResponseHours,
    int ResolutionHours);

/// <param name="Number">Human-friendly and unique, e.g. AS-20261122-0007.</param>
/// <param name="QueuePosition">1 = next to be taken.</param>
public sealed record OpenedCase(string Number, CasePriority Priority, DateTimeOffset FirstResponseDue, DateTimeOffset ResolutionDue, int QueuePosition);

/// <summary>
/// The handling agreement (处理协议, DOMAIN.md §3 step 5): who offered what, under which policy version, and
/// when the customer accepted. Immutable once recorded.
/// </summary>
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
    int ActionHours);

/// <param name="Number">The case the agreement is carried out under; the customer quotes it.</param>
public sealed record RecordedAgreement(string Number, DateTimeOffset ActionDue);

/// <summary>What a customer may hear about their case (DOMAIN.md §9): never another customer's details.</summary>
public sealed record CaseStatusView(string Number, string ConversationId, string Status, CasePriority Priority, DateTimeOffset OpenedAt,
    DateTimeOffset FirstResponseDue, string? PhoneLastFour);

/// <summary>The escalation desk as the conversation sees it: open a case, record an agreement, look one up.</summary>
public interface ICaseDesk
{
    Task<OpenedCase> OpenAsync(OpenCaseRequest request, CancellationToken ct);

    Task<RecordedAgreement> RecordAgreementAsync(AgreementRequest request, CancellationToken ct);

    Task<CaseStatusView?> FindAsync(string number, CancellationToken ct);
}
