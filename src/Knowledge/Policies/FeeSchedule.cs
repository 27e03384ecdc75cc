namespace AfterSalesBot.Knowledge.Policies;

/// <summary>What service costs outside the warranty, or for user-caused faults inside it (DOMAIN.md §6).</summary>
public sealed class FeeSchedule
{
    /// <summary>Natural key, e.g. <c>KITCHEN-FEES</c>.</summary>
    public required string Code { get; set; }

    /// <summary>ISO 4217, e.g. CNY.</summary>
    public string Currency { get; set; } = "CNY";

    /// <summary>Labour for one repair visit or job.</summary>
    public decimal Labour { get; set; }

    /// <summary>The cost fee (工本费) for a user-caused fault in warranty.</summary>
    public decimal CostFee { get; set; }

    /// <summary>Remote support per session or day (software).</summary>
    public decimal RemoteSupport { get; set; }

    /// <summary>Annual maintenance after the included year, as a percentage of the licence price (finance software).</summary>
    public decimal? AnnualMaintenancePercent { get; set; }

    public List<PartPrice> Parts { get; set; } = [];

    /// <summary>On-site / travel fee by service zone code.</summary>
    public List<ZoneAmount> OnSiteByZone { get; set; } = [];
}

public sealed class PartPrice
{
    public required string Code { get; set; }
    public required string NameEn { get; set; }
    public required string NameZh { get; set; }
    public decimal Price { get; set; }
}

public sealed class ZoneAmount
{
    public required string Zone { get; set; }
    public decimal Amount { get; set; }
}
