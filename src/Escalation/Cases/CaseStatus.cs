namespace AfterSalesBot.Escalation.Cases;

/// <summary>A case's status as stored; only <see cref="CaseLifecycle"/> moves a case from one to another.</summary>
public static class CaseStatus
{
    /// <summary>Escalated and waiting for a person.</summary>
    public const string Queued = "Queued";

    /// <summary>A person owns the case.</summary>
    public const string Assigned = "Assigned";

    /// <summary>The owner asked the customer something and waits for the answer.</summary>
    public const string WaitingOnCustomer = "WaitingOnCustomer";

    /// <summary>A remedy beyond the owner's authority waits for a supervisor's decision.</summary>
    public const string WaitingOnApproval = "WaitingOnApproval";

    /// <summary>The customer accepted a remedy; the departments that carry it out are due to act.</summary>
    public const string ActionPending = "ActionPending";

    /// <summary>Resolved with an outcome; may be reopened until closed.</summary>
    public const string Resolved = "Resolved";

    /// <summary>Final: a returning customer opens a new case.</summary>
    public const string Closed = "Closed";

    /// <summary>Resolved, then reopened: back in the queue, taken like a queued case.</summary>
    public const string Reopened = "Reopened";

    /// <summary>The owner handed the conversation back to the bot at a chosen step; the owner stays responsible.</summary>
    public const string WithBot = "WithBot";

    /// <summary>Waiting in the queue for someone to take it.</summary>
    public static readonly IReadOnlyList<string> InQueue = [Queued, Reopened];

    /// <summary>Held by a person: counts against their capacity.</summary>
    public static readonly IReadOnlyList<string> Held = [Assigned, WaitingOnCustomer, WaitingOnApproval, ActionPending, WithBot];

    /// <summary>A person talks with the customer: the bot stays quiet apart from system notices.</summary>
    public static readonly IReadOnlyList<string> PersonOwnsConversation = [Assigned, WaitingOnCustomer, WaitingOnApproval];
}
