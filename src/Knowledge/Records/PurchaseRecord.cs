namespace AfterSalesBot.Knowledge.Records;

/// <summary>A sale, as the dealer registered it. The warranty runs from <see cref="SaleDate"/>.</summary>
public sealed class PurchaseRecord
{
    /// <summary>Natural key: the serial number (机身号码).</summary>
    public required string Serial { get; set; }
    public required string Model { get; set; }

    /// <summary>The order or invoice number the customer may quote instead of the serial.</summary>
    public string? OrderNumber { get; set; }

    /// <summary>The customer's local calendar date of sale.</summary>
    public DateOnly SaleDate { get; set; }
    public required string Dealer { get; set; }

    /// <summary>An opaque reference to the customer (no personal data in the knowledge store).</summary>
    public string? CustomerRef { get; set; }

    /// <summary>Service zone code (CITY, COUNTY, REMOTE).</summary>
    public required string Zone { get; set; }
    public string? City { get; set; }

    /// <summary>Extra warranty months granted (by a supervisor or bought); 0 when none.</summary>
    public int ExtendedMonths { get; set; }

    /// <summary>The licence price, for lines whose fees are a percentage of it (software).</summary>
    public decimal? LicencePrice { get; set; }
}
