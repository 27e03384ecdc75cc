using AfterSalesBot.Knowledge;
using AfterSalesBot.Knowledge.Articles;
using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Policies;
using AfterSalesBot.Knowledge.Records;

namespace AfterSalesBot.Tests.Knowledge.Import;

/// <summary>A small, fully valid document: one of everything, each record referring to the others.</summary>
internal static class KnowledgeBuilders
{
    public static KnowledgeDocument ValidDocument() => new()
    {
        Zones = [new ServiceZone { Code = "CITY", NameEn = "City", NameZh = "市区" }],
        Policies =
        [
            new WarrantyPolicy
            {
                Code = "KITCHEN-STD", NameEn = "Kitchen warranty", NameZh = "厨房保修",
                Exclusions = [new Exclusion { Code = "USER_DAMAGE", ClauseEn = "User damage.", ClauseZh = "人为损坏。" }],
            },
        ],
        FeeSchedules = [new FeeSchedule { Code = "KITCHEN-FEES", Labour = 80, OnSiteByZone = [new ZoneAmount { Zone = "CITY", Amount = 0 }] }],
        ServiceLevels = [new ServiceLevel { Code = "KITCHEN-SLA", OnSiteByZone = [new ZoneHours { Zone = "CITY", Hours = 24 }] }],
        ProductLines =
        [
            new ProductLine
            {
                Code = "KITCHEN", NameEn = "Kitchen", NameZh = "厨房",
                PolicyCode = "KITCHEN-STD", FeeScheduleCode = "KITCHEN-FEES", ServiceLevelCode = "KITCHEN-SLA",
            },
        ],
        Products =
        [
            new Product
            {
                Model = "JZT-Q5", LineCode = "KITCHEN", NameEn = "Q5 gas hob", NameZh = "Q5 燃气灶",
                SerialPattern = @"^JQ5\d{8}$", SerialFormatEn = "JQ5 + 8 digits", SerialFormatZh = "JQ5 加 8 位数字",
                LaunchDate = new DateOnly(2025, 1, 1),
            },
        ],
        Purchases =
        [
            new PurchaseRecord { Serial = "JQ500000001", Model = "JZT-Q5", SaleDate = new DateOnly(2026, 3, 1), Dealer = "Home Store", Zone = "CITY" },
        ],
        Repairs = [new RepairRecord { Id = "RP-1", Serial = "JQ500000001", Date = new DateOnly(2026, 4, 1), FaultCode = "NO_IGNITION", Outcome = "REPAIRED" }],
        Articles =
        [
            new Article
            {
                Code = "KB-1", TitleEn = "No ignition", TitleZh = "打不着火", BodyEn = "Check the valve.", BodyZh = "检查阀门。",
                Products = ["JZT-Q5"],
            },
        ],
    };
}
