using System.Globalization;
using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Policies;
using AfterSalesBot.Knowledge.Records;

namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>Everything a coverage decision depends on; nothing else is read (no clock, no database).</summary>
public sealed record CoverageRequest(
    Product Product,
    ProductLine Line,
    WarrantyPolicy Policy,
    FeeSchedule Fees,
    ServiceLevel ServiceLevel,
    PurchaseRecord Purchase,
    IReadOnlyList<RepairRecord> History,
    GatheredFacts Facts,
    DateTimeOffset Now,
    TimeZoneInfo CustomerTimeZone,
    CultureInfo Language)
{
    /// <summary>Where the customer is served: the facts' location when given, else the purchase record's zone.</summary>
    public string ZoneCode => Facts.ZoneCode ?? Purchase.Zone;

    /// <summary>
    /// How many days either side of a warranty expiry count as "close to the boundary", where the invoice's date
    /// (not only the dealer's registration) must be seen. Default 30; configurable, not a policy term.
    /// </summary>
    public int BoundaryMarginDays { get; init; } = 30;
}
