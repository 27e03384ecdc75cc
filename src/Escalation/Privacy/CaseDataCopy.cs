using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Escalation.Privacy;

/// <summary>A case as its customer may read it in a copy of their data: the sheet they gave, what happened, what was
/// offered and answered, the follow-up. Internal notes are staff's working papers and are not in it.</summary>
public sealed record CaseDataCopy(string Number, string Status, DateTimeOffset OpenedAt, DateTimeOffset? ResolvedAt, string? Outcome,
    CaseSheet Sheet, IReadOnlyList<CaseDataEvent> History, IReadOnlyList<HandlingAgreementRecord> Agreement,
    IReadOnlyList<CaseDataFollowUp> FollowUps);

public sealed record CaseDataEvent(DateTimeOffset At, string Kind);

public sealed record CaseDataFollowUp(DateTimeOffset At, string Outcome, int? Rating, string? Comment);
