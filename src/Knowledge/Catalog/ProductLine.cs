namespace AfterSalesBot.Knowledge.Catalog;

/// <summary>A family of products sold and serviced alike (DOMAIN.md §10), e.g. kitchen appliances.</summary>
public sealed class ProductLine
{
    /// <summary>Natural key, upper-case, e.g. <c>KITCHEN</c>.</summary>
    public required string Code { get; set; }
    public required string NameEn { get; set; }
    public required string NameZh { get; set; }

    /// <summary>The warranty policy that applies unless a product names its own.</summary>
    public required string PolicyCode { get; set; }

    /// <summary>The fee schedule and service levels for this line.</summary>
    public required string FeeScheduleCode { get; set; }
    public required string ServiceLevelCode { get; set; }
}
