namespace AfterSalesBot.Knowledge.Policies;

/// <summary>
/// The rules of coverage for a product line or product (DOMAIN.md §6, §7). Every number is data, never code:
/// the defaults below are the Chinese 三包 defaults the domain documents leave blank.
/// </summary>
public sealed class WarrantyPolicy
{
    /// <summary>Natural key, e.g. <c>KITCHEN-STD</c>.</summary>
    public required string Code { get; set; }

    /// <summary>Bumped whenever the policy's terms change; agreements record the version they were made under.</summary>
    public int Version { get; set; } = 1;

    public required string NameEn { get; set; }
    public required string NameZh { get; set; }

    /// <summary>Warranty period from the date of sale when the product does not say otherwise. Default 12.</summary>
    public int PeriodMonths { get; set; } = 12;

    /// <summary>What is covered, in plain words for the customer.</summary>
    public List<PolicyClause> Covered { get; set; } = [];

    /// <summary>What is not (DOMAIN.md §6 list at least), each citable by code.</summary>
    public List<Exclusion> Exclusions { get; set; } = [];

    /// <summary>Within this many days of sale a performance fault may be returned (refund). Default 7.</summary>
    public int ReturnDays { get; set; } = 7;

    /// <summary>Within this many days of sale a performance fault may be exchanged. Default 15.</summary>
    public int ExchangeDays { get; set; } = 15;

    /// <summary>After this many repairs of the same fault in warranty, replacement or return. Default 2.</summary>
    public int RepairsBeforeReplacement { get; set; } = 2;

    /// <summary>Goodwill (discount, gift) the bot may offer on its own per case, in the fee schedule's currency.</summary>
    public decimal GoodwillCap { get; set; } = 100m;

    /// <summary>Longest extension a supervisor may grant; extensions are never the bot's decision.</summary>
    public int MaxExtensionMonths { get; set; } = 12;

    /// <summary>Whether the customer's unit is exchanged old-for-new rather than repaired (DOMAIN.md §10 line 1).</summary>
    public bool PartsExchangedOldForNew { get; set; }

    /// <summary>Parts that are always paid, even in warranty (DOMAIN.md §10: "stove parts are always paid").</summary>
    public List<string> AlwaysPaidParts { get; set; } = [];
}

public sealed class PolicyClause
{
    public required string Code { get; set; }
    public required string TextEn { get; set; }
    public required string TextZh { get; set; }
}

/// <summary>What an exclusion does to an in-warranty claim.</summary>
public enum ExclusionEffect
{
    /// <summary>In warranty but user-caused: repaired for the cost fee (工本费).</summary>
    CostFee,

    /// <summary>Not covered at all: the standard fee schedule applies.</summary>
    NotCovered,
}

public sealed class Exclusion
{
    /// <summary>USER_DAMAGE, VOLTAGE, CONSUMABLE, MODIFICATION, UNAUTHORISED_REPAIR, DISASSEMBLY, FORCE_MAJEURE, …</summary>
    public required string Code { get; set; }
    public required string ClauseEn { get; set; }
    public required string ClauseZh { get; set; }
    public ExclusionEffect Effect { get; set; } = ExclusionEffect.CostFee;
}
