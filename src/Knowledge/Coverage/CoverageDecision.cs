namespace AfterSalesBot.Knowledge.Coverage;

public enum Verdict
{
    Covered,

    /// <summary>Covered, but the customer pays something (a cost fee, an always-paid part, expired labour or parts).</summary>
    CoveredWithFee,
    NotCovered,

    /// <summary>The facts do not decide it: a person reviews the case. Never a guess.</summary>
    NeedsReview,
}

/// <summary>One reason, citing an exclusion or rule by <see cref="ReasonCodes">code</see>, in the customer's language.</summary>
public sealed record CoverageReason(string Code, string Text);

/// <summary>The explainable answer to "is this covered, and what will you do about it?".</summary>
public sealed record CoverageDecision(
    Verdict Verdict,
    IReadOnlyList<CoverageReason> Reasons,
    DateOnly SaleDate,
    DateOnly PartsExpiry,
    DateOnly LabourExpiry,
    int DaysRemaining,
    IReadOnlyList<EvidenceKind> MissingEvidence,
    IReadOnlyList<RemedyOption> Remedies,
    int SameFaultRepairs = 0)
{
    // SameFaultRepairs: earlier repairs of the same fault on this unit under warranty, since its sale and its last
    // replacement or refund (the 三包 count, DOMAIN.md §7); the escalation desk raises a repeat failure's priority.
    /// <summary>The first reason with this code, or null.</summary>
    public CoverageReason? Reason(string code) => Reasons.FirstOrDefault(r => r.Code == code);
}
