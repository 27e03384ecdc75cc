namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>The codes a <see cref="CoverageReason"/> cites: the exclusion codes of DOMAIN.md §6 and the rule codes of §6–7.</summary>
public static class ReasonCodes
{
    public const string UserDamage = "USER_DAMAGE";
    public const string Voltage = "VOLTAGE";
    public const string Consumable = "CONSUMABLE";
    public const string Modification = "MODIFICATION";
    public const string UnauthorisedRepair = "UNAUTHORISED_REPAIR";
    public const string Disassembly = "DISASSEMBLY";
    public const string ForceMajeure = "FORCE_MAJEURE";

    public const string InWarranty = "IN_WARRANTY";
    public const string Expired = "EXPIRED";
    public const string PartsExpired = "PARTS_EXPIRED";
    public const string LabourExpired = "LABOUR_EXPIRED";
    public const string Extended = "EXTENDED";
    public const string ReturnWindow = "RETURN_WINDOW";
    public const string ExchangeWindow = "EXCHANGE_WINDOW";
    public const string RepeatFailure = "REPEAT_FAILURE";
    public const string AlwaysPaidPart = "ALWAYS_PAID_PART";
    public const string FactsUndecided = "FACTS_UNDECIDED";
    public const string ExtensionAsked = "EXTENSION_ASKED";
}
