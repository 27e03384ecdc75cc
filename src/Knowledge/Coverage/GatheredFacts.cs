namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>What the customer wants (DOMAIN.md §4 "what the customer wants").</summary>
public enum CustomerWish
{
    Repair,
    Replacement,
    Refund,
    Compensation,
    ApologyOnly,
}

/// <summary>
/// The fact sheet (DOMAIN.md §4) as far as step 3 got. Every fact the bot may not have asked yet is nullable:
/// <c>null</c> means "unknown", never "no".
/// </summary>
public sealed record GatheredFacts
{
    /// <summary>The symptom category, same vocabulary as repair records and articles (NO_IGNITION, LEAK, ERROR_CODE, …).</summary>
    public string? FaultCode { get; init; }

    /// <summary>How the customer described it, in their own words.</summary>
    public string? Symptom { get; init; }

    /// <summary>The error code the unit shows, when it shows one.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>When the problem started, in the customer's calendar.</summary>
    public DateOnly? StartedOn { get; init; }

    /// <summary>Usage and circumstances; each unknown until asked. Default: all unknown.</summary>
    public Circumstances Circumstances { get; init; } = new();

    /// <summary>The part involved (fee schedule part code or the product's consumable code), when known.</summary>
    public string? PartCode { get; init; }

    /// <summary>Default: <see cref="CustomerWish.Repair"/>.</summary>
    public CustomerWish Wish { get; init; } = CustomerWish.Repair;

    /// <summary>The compensation (discount, goodwill) the customer asked for, in the fee schedule's currency; null when no amount was named.</summary>
    public decimal? CompensationAsked { get; init; }

    /// <summary>The customer asked for the warranty to be extended (a supervisor's decision, DOMAIN.md §6).</summary>
    public bool ExtensionAsked { get; init; }

    /// <summary>Evidence the customer has already given. Default: none.</summary>
    public IReadOnlySet<EvidenceKind> Evidence { get; init; } = new HashSet<EvidenceKind>();

    /// <summary>Whether this is a performance/quality fault (性能故障); null when not yet established.</summary>
    public bool? IsPerformanceFault { get; init; }

    /// <summary>The service zone where the unit is now, when it differs from the purchase record's.</summary>
    public string? ZoneCode { get; init; }
}
