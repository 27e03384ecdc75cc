namespace AfterSalesBot.Knowledge.Catalog;

/// <summary>
/// Where a customer is served from (DOMAIN.md §4, §8): on-site times and travel fees depend on it.
/// Default codes: <c>CITY</c> (市区), <c>COUNTY</c> (郊县), <c>REMOTE</c> (外地/remote customers).
/// </summary>
public sealed class ServiceZone
{
    public required string Code { get; set; }
    public required string NameEn { get; set; }
    public required string NameZh { get; set; }

    /// <summary>Cities or counties that belong to this zone (either language), used to place an address.</summary>
    public List<string> Places { get; set; } = [];
}
