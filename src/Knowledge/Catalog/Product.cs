namespace AfterSalesBot.Knowledge.Catalog;

/// <summary>A model the company sells (DOMAIN.md §4 "product and model/specification").</summary>
public sealed class Product
{
    /// <summary>Natural key: the model number as printed on the product, e.g. <c>JZT-Q5</c>.</summary>
    public required string Model { get; set; }
    public required string LineCode { get; set; }
    public required string NameEn { get; set; }
    public required string NameZh { get; set; }

    /// <summary>Other names customers use, in either language ("gas hob", "燃气灶", "Q5").</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>A .NET regular expression the whole serial number must match, e.g. <c>^JQ5\d{8}$</c>.</summary>
    public required string SerialPattern { get; set; }

    /// <summary>A human description of the serial format for error messages, e.g. "JQ5 followed by 8 digits".</summary>
    public required string SerialFormatEn { get; set; }
    public required string SerialFormatZh { get; set; }

    public DateOnly LaunchDate { get; set; }

    /// <summary>Months of free parts from the sale date.</summary>
    public int PartsWarrantyMonths { get; set; } = 12;

    /// <summary>Months of free labour from the sale date (may differ from parts).</summary>
    public int LabourWarrantyMonths { get; set; } = 12;

    /// <summary>Parts that wear out and are never covered (DOMAIN.md §6 CONSUMABLE), e.g. toner, drum.</summary>
    public List<ConsumablePart> Consumables { get; set; } = [];

    /// <summary>Overrides the line's policy when set.</summary>
    public string? PolicyCode { get; set; }
}

public sealed class ConsumablePart
{
    public required string Code { get; set; }
    public required string NameEn { get; set; }
    public required string NameZh { get; set; }
}
