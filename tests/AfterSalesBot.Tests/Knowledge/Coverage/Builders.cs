using System.Globalization;
using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Coverage;
using AfterSalesBot.Knowledge.Policies;
using AfterSalesBot.Knowledge.Records;

namespace AfterSalesBot.Tests.Knowledge.Coverage;

/// <summary>Test entities: a gas stove (JZT-Q5) on the kitchen line, sold in the city, 12 months of warranty.</summary>
internal static class Build
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.CreateCustomTimeZone("UTC+08", TimeSpan.FromHours(8), "UTC+08", "UTC+08");
    public static readonly TimeZoneInfo MinusTen = TimeZoneInfo.CreateCustomTimeZone("UTC-10", TimeSpan.FromHours(-10), "UTC-10", "UTC-10");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    public static Product Stove() => new()
    {
        Model = "JZT-Q5", LineCode = "KITCHEN", NameEn = "Q5 gas stove", NameZh = "Q5 燃气灶", Aliases = ["gas hob", "燃气灶"],
        SerialPattern = @"^JQ5\d{8}$", SerialFormatEn = "JQ5 followed by 8 digits", SerialFormatZh = "JQ5 加 8 位数字",
        LaunchDate = new DateOnly(2023, 1, 1), PartsWarrantyMonths = 12, LabourWarrantyMonths = 12,
        Consumables = [new ConsumablePart { Code = "FILTER", NameEn = "grease filter", NameZh = "油网" }],
    };

    public static ProductLine Kitchen() => new()
    {
        Code = "KITCHEN", NameEn = "Kitchen appliances", NameZh = "厨房电器",
        PolicyCode = "KITCHEN-STD", FeeScheduleCode = "KITCHEN-FEES", ServiceLevelCode = "KITCHEN-SLA",
    };

    public static WarrantyPolicy Policy() => new()
    {
        Code = "KITCHEN-STD", NameEn = "Kitchen standard", NameZh = "厨电标准保修",
        Exclusions =
        [
            Exclusion("USER_DAMAGE", ExclusionEffect.CostFee), Exclusion("VOLTAGE", ExclusionEffect.CostFee),
            Exclusion("CONSUMABLE", ExclusionEffect.NotCovered), Exclusion("MODIFICATION", ExclusionEffect.NotCovered),
            Exclusion("UNAUTHORISED_REPAIR", ExclusionEffect.NotCovered), Exclusion("DISASSEMBLY", ExclusionEffect.CostFee),
            Exclusion("FORCE_MAJEURE", ExclusionEffect.NotCovered),
        ],
        AlwaysPaidParts = ["IGNITER"],
    };

    public static Exclusion Exclusion(string code, ExclusionEffect effect) =>
        new() { Code = code, ClauseEn = $"Clause {code} (en).", ClauseZh = $"条款 {code}（中文）。", Effect = effect };

    public static FeeSchedule Fees() => new()
    {
        Code = "KITCHEN-FEES", Currency = "CNY", Labour = 80m, CostFee = 50m, RemoteSupport = 200m,
        Parts =
        [
            new PartPrice { Code = "VALVE", NameEn = "gas valve", NameZh = "燃气阀", Price = 120m },
            new PartPrice { Code = "IGNITER", NameEn = "igniter", NameZh = "点火器", Price = 45m },
            new PartPrice { Code = "FILTER", NameEn = "grease filter", NameZh = "油网", Price = 25m },
        ],
        OnSiteByZone = [new ZoneAmount { Zone = "CITY", Amount = 30m }, new ZoneAmount { Zone = "COUNTY", Amount = 60m }],
    };

    public static ServiceLevel ServiceLevel() => new()
    {
        Code = "KITCHEN-SLA", SolutionHours = 48,
        OnSiteByZone = [new ZoneHours { Zone = "CITY", Hours = 24 }, new ZoneHours { Zone = "COUNTY", Hours = 48 }],
    };

    public static PurchaseRecord Purchase(DateOnly sold) => new()
    {
        Serial = "JQ500000001", Model = "JZT-Q5", OrderNumber = "SO-1001", SaleDate = sold, Dealer = "Dealer A", Zone = "CITY",
    };

    public static RepairRecord Repair(string fault, string outcome = "REPAIRED", bool underWarranty = true, int daysAfterSale = 30) => new()
    {
        Id = $"RP-{Guid.NewGuid():N}", Serial = "JQ500000001", Date = new DateOnly(2025, 3, 1).AddDays(daysAfterSale),
        FaultCode = fault, Outcome = outcome, UnderWarranty = underWarranty,
    };

    /// <summary>The customer said none of the excluded things happened.</summary>
    public static Circumstances NoneHappened { get; } = new()
    {
        UserDamage = false, Voltage = false, Modification = false, UnauthorisedRepair = false, Disassembly = false, ForceMajeure = false,
    };

    /// <summary>A performance fault (won't ignite), nothing excluded happened, no evidence given yet.</summary>
    public static GatheredFacts Facts() => new() { FaultCode = "NO_IGNITION", IsPerformanceFault = true, Circumstances = NoneHappened };
}
