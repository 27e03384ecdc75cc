namespace AfterSalesBot.Escalation.Cases;

/// <summary>A case's status, stored as its name; only the case's own transitions (<see cref="EscalatedCase"/>) move it.</summary>
public enum CaseStatus
{
    /// <summary>Escalated and waiting for a person.</summary>
    Queued,

    /// <summary>A person owns the case.</summary>
    Assigned,

    /// <summary>The owner asked the customer something and waits for the answer.</summary>
    WaitingOnCustomer,

    /// <summary>A remedy beyond the owner's authority waits for a supervisor's decision.</summary>
    WaitingOnApproval,

    /// <summary>The customer accepted a remedy; the departments that carry it out are due to act.</summary>
    ActionPending,

    /// <summary>Resolved with an outcome; may be reopened until closed.</summary>
    Resolved,

    /// <summary>Final: a returning customer opens a new case.</summary>
    Closed,

    /// <summary>Resolved, then reopened: back in the queue, taken like a queued case.</summary>
    Reopened,

    /// <summary>The owner handed the conversation back to the bot at a chosen step; the owner stays responsible.</summary>
    WithBot,
}

/// <summary>The groups of statuses the queue, capacity and the bot ask about.</summary>
public static class CaseStatuses
{
    /// <summary>Waiting in the queue for someone to take it.</summary>
    public static readonly IReadOnlyList<CaseStatus> InQueue = [CaseStatus.Queued, CaseStatus.Reopened];

    /// <summary>Held by a person: counts against their capacity.</summary>
    public static readonly IReadOnlyList<CaseStatus> Held =
        [CaseStatus.Assigned, CaseStatus.WaitingOnCustomer, CaseStatus.WaitingOnApproval, CaseStatus.ActionPending, CaseStatus.WithBot];

    /// <summary>A person talks with the customer: the bot stays quiet apart from system notices.</summary>
    public static readonly IReadOnlyList<CaseStatus> PersonOwnsConversation =
        [CaseStatus.Assigned, CaseStatus.WaitingOnCustomer, CaseStatus.WaitingOnApproval];

    /// <summary>Done with: resolved or closed.</summary>
    public static readonly IReadOnlyList<CaseStatus> Settled = [CaseStatus.Resolved, CaseStatus.Closed];
}
