namespace AfterSalesBot.Knowledge.Coverage;

public enum RemedyKind
{
    Refund,
    Replacement,
    FreeRepair,
    PaidRepair,
    PartReplacement,
    OnSiteVisit,
    RemoteSupport,
    Discount,
    Goodwill,
    ApologyAndThanks,

    /// <summary>Extending the warranty: always a supervisor's decision (DOMAIN.md §6).</summary>
    WarrantyExtension,
}

/// <summary>Who may grant a remedy (DOMAIN.md §1, §7).</summary>
public enum Authority
{
    Bot,
    Staff,
    Supervisor,
}

/// <summary>One remedy the customer may choose.</summary>
/// <param name="CostToCustomer">What the customer pays; negative for a credit paid to the customer (goodwill).</param>
/// <param name="ServiceHours">The promised time for the customer's zone (on-site, remote or solution), when one applies.</param>
public sealed record RemedyOption(
    RemedyKind Kind,
    decimal CostToCustomer,
    string Currency,
    int? ServiceHours,
    Authority GrantedBy,
    string Description);
