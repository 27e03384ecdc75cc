namespace AfterSalesBot.Escalation.Cases;

/// <summary>The statuses in use until the case lifecycle machine replaces them.</summary>
public static class CaseStatus
{
    /// <summary>Escalated and waiting for a person.</summary>
    public const string Queued = "Queued";

    /// <summary>The customer accepted a remedy; the departments that carry it out are due to act.</summary>
    public const string ActionPending = "ActionPending";
}
