using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Escalation.Approvals;

public static class ApprovalStatus
{
    public const string Pending = "Pending";
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";
}

/// <summary>
/// A remedy beyond the staff member's authority (DOMAIN.md §5, §7), waiting for a supervisor; the decision
/// returns to the case and the customer is told. Decided once: the version makes a second decision fail.
/// </summary>
public sealed class ApprovalRequest
{
    public long Id { get; init; }
    public required string CaseNumber { get; init; }
    public required string RequestedBy { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
    public required SheetRemedy Remedy { get; init; }

    /// <summary>Why the agent asks for it (company fault, long-standing customer…).</summary>
    public required string Justification { get; init; }

    /// <summary>One of <see cref="ApprovalStatus"/>.</summary>
    public required string Status { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    public int Version { get; set; }
}
