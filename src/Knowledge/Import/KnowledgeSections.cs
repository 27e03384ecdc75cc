namespace AfterSalesBot.Knowledge.Import;

/// <summary>The section names as they appear in the JSON document and in error records.</summary>
public static class KnowledgeSections
{
    public const string Zones = "zones";
    public const string ProductLines = "productLines";
    public const string Products = "products";
    public const string Policies = "policies";
    public const string FeeSchedules = "feeSchedules";
    public const string ServiceLevels = "serviceLevels";
    public const string Purchases = "purchases";
    public const string Repairs = "repairs";
    public const string Articles = "articles";
}
