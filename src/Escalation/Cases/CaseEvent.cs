namespace AfterSalesBot.Escalation.Cases;

/// <summary>One line of a case's history (服务档案, DOMAIN.md §3). Append-only: the context refuses changes.</summary>
public sealed class CaseEvent
{
    public long Id { get; init; }
    public required string CaseNumber { get; init; }
    public DateTimeOffset At { get; init; }

    /// <summary>One of <see cref="CaseEventKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Who did it: <c>bot</c>, or the person or role named on the record.</summary>
    public required string Actor { get; init; }
    public string? Detail { get; init; }
}

public static class CaseEventKinds
{
    public const string Opened = "Opened";
    public const string AgreementRecorded = "AgreementRecorded";
    public const string Taken = "Taken";
    public const string Released = "Released";
    public const string Transferred = "Transferred";
    public const string Resolved = "Resolved";
    public const string Reopened = "Reopened";
    public const string SlaWarning = "SlaWarning";

    /// <summary>Opened above the priority the bot asked for; the detail is the reason (<see cref="CasePriorities"/>).</summary>
    public const string PriorityRaised = "PriorityRaised";
    public const string SlaBreached = "SlaBreached";
    public const string SupervisorNotified = "SupervisorNotified";
    public const string HandedBack = "HandedBack";
    public const string HandBackClaimed = "HandBackClaimed";
    public const string NeedsPerson = "NeedsPerson";

    /// <summary>The owner took a handed-back conversation back from the bot (WithBot → Assigned).</summary>
    public const string TakenBack = "TakenBack";
    public const string AwaitingCustomer = "AwaitingCustomer";
    public const string CustomerReplied = "CustomerReplied";
    public const string FirstResponse = "FirstResponse";
    public const string FollowUpRequested = "FollowUpRequested";
    public const string ApprovalRequested = "ApprovalRequested";
    public const string ApprovalGranted = "ApprovalGranted";
    public const string ApprovalRefused = "ApprovalRefused";
    public const string Closed = "Closed";
    public const string FollowUpScheduled = "FollowUpScheduled";
    public const string FollowUpSent = "FollowUpSent";
    public const string FollowUpParked = "FollowUpParked";
    public const string FollowUpAnswered = "FollowUpAnswered";
    public const string Rated = "Rated";
}
