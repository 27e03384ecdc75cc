using AfterSalesBot.Knowledge;
using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Import;
using AfterSalesBot.Knowledge.Policies;
using AfterSalesBot.Knowledge.Records;

namespace AfterSalesBot.Tests.Knowledge.Import;

public sealed class KnowledgeValidatorTests
{
    private const string File = "test.json";

    /// <summary>Each rule: a change that breaks it, and the error (record, field) it must produce.</summary>
    private static readonly Dictionary<string, (Action<KnowledgeDocument> Break, string Record, string Field)> Rules = new()
    {
        ["unknown format"] = (d => d.Format = "something.else", "document", "format"),
        ["unsupported version"] = (d => d.Version = KnowledgeDocument.CurrentVersion + 1, "document", "version"),
        ["missing key"] = (d => d.Repairs[0].Id = "", "repairs[#0]", "id"),
        ["missing name"] = (d => d.Zones[0].NameZh = " ", "zones[CITY]", "nameZh"),
        ["missing launch date"] = (d => d.Products[0].LaunchDate = default, "products[JZT-Q5]", "launchDate"),
        ["duplicate key in one file"] = (d => d.Zones.Add(new ServiceZone { Code = "CITY", NameEn = "x", NameZh = "x" }), "zones[CITY]", "code"),
        ["line to unknown product line"] = (d => d.Products[0].LineCode = "NOPE", "products[JZT-Q5]", "lineCode"),
        ["line to unknown policy"] = (d => d.ProductLines[0].PolicyCode = "NOPE", "productLines[KITCHEN]", "policyCode"),
        ["line to unknown fee schedule"] = (d => d.ProductLines[0].FeeScheduleCode = "NOPE", "productLines[KITCHEN]", "feeScheduleCode"),
        ["line to unknown service level"] = (d => d.ProductLines[0].ServiceLevelCode = "NOPE", "productLines[KITCHEN]", "serviceLevelCode"),
        ["product to unknown policy"] = (d => d.Products[0].PolicyCode = "NOPE", "products[JZT-Q5]", "policyCode"),
        ["purchase of unknown model"] = (d => d.Purchases[0].Model = "NOPE", "purchases[JQ500000001]", "model"),
        ["purchase in unknown zone"] = (d => d.Purchases[0].Zone = "MARS", "purchases[JQ500000001]", "zone"),
        ["repair of unknown serial"] = (d => d.Repairs[0].Serial = "JQ599999999", "repairs[RP-1]", "serial"),
        ["invalid serial pattern"] = (d => d.Products[0].SerialPattern = "^JQ5(\\d{8}$", "products[JZT-Q5]", "serialPattern"),
        ["serial not matching its model"] = (d => d.Purchases[0].Serial = d.Repairs[0].Serial = "JQ5-123", "purchases[JQ5-123]", "serial"),
        ["sold before launch"] = (d => d.Purchases[0].SaleDate = new DateOnly(2024, 12, 31), "purchases[JQ500000001]", "saleDate"),
        ["repaired before sale"] = (d => d.Repairs[0].Date = new DateOnly(2026, 2, 28), "repairs[RP-1]", "date"),
        ["negative warranty months"] = (d => d.Products[0].PartsWarrantyMonths = -1, "products[JZT-Q5]", "partsWarrantyMonths"),
        ["negative return days"] = (d => d.Policies[0].ReturnDays = -7, "policies[KITCHEN-STD]", "returnDays"),
        ["negative extended months"] = (d => d.Purchases[0].ExtendedMonths = -1, "purchases[JQ500000001]", "extendedMonths"),
        ["negative on-site hours"] = (d => d.ServiceLevels[0].OnSiteByZone[0].Hours = -1, "serviceLevels[KITCHEN-SLA]", "onSiteByZone[0].hours"),
        ["fee for unknown zone"] = (d => d.FeeSchedules[0].OnSiteByZone[0].Zone = "MARS", "feeSchedules[KITCHEN-FEES]", "onSiteByZone[0].zone"),
        ["duplicate exclusion code"] = (d => d.Policies[0].Exclusions.Add(new Exclusion { Code = "USER_DAMAGE", ClauseEn = "x", ClauseZh = "x" }),
            "policies[KITCHEN-STD]", "exclusions[1].code"),
        ["exclusion without Chinese clause"] = (d => d.Policies[0].Exclusions[0].ClauseZh = "", "policies[KITCHEN-STD]", "exclusions[0].clauseZh"),
        ["article without Chinese title"] = (d => d.Articles[0].TitleZh = "", "articles[KB-1]", "titleZh"),
        ["article without English body"] = (d => d.Articles[0].BodyEn = "", "articles[KB-1]", "bodyEn"),
        ["article for unknown product"] = (d => d.Articles[0].Products = ["NOPE"], "articles[KB-1]", "products[0]"),
        ["null record"] = (d => d.Purchases.Add(null!), "purchases[#1]", "(record)"),
    };

    public static TheoryData<string> RuleNames => [.. Rules.Keys];

    [Fact]
    public void AcceptsAConsistentDocument() => Assert.Empty(Validate(KnowledgeBuilders.ValidDocument()));

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void ReportsEachBrokenRuleWithItsFileRecordAndField(string rule)
    {
        var (breakIt, record, field) = Rules[rule];
        var doc = KnowledgeBuilders.ValidDocument();
        breakIt(doc);

        var errors = Validate(doc);

        var error = Assert.Single(errors);
        Assert.Equal((File, record, field), (error.File, error.Record, error.Field));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void ReportsEveryErrorNotOnlyTheFirst()
    {
        var doc = KnowledgeBuilders.ValidDocument();
        doc.Zones[0].NameEn = "";
        doc.Purchases[0].Dealer = "";
        doc.Articles[0].BodyZh = "";

        Assert.Equal(["zones[CITY].nameEn", "purchases[JQ500000001].dealer", "articles[KB-1].bodyZh"],
            Validate(doc).Select(e => $"{e.Record}.{e.Field}"));
    }

    [Fact]
    public void KeysMustBeUniqueAcrossFilesAndTheDuplicateNamesTheFirstFile()
    {
        var second = new KnowledgeDocument { Zones = [new ServiceZone { Code = "CITY", NameEn = "City", NameZh = "市区" }] };

        var error = Assert.Single(KnowledgeValidator.Validate([("a.json", KnowledgeBuilders.ValidDocument()), ("b.json", second)], ExistingKnowledge.Empty));

        Assert.Equal(("b.json", "zones[CITY]", "code"), (error.File, error.Record, error.Field));
        Assert.Contains("a.json", error.Message);
    }

    [Fact]
    public void ReferencesResolveAcrossFilesInAnyOrder()
    {
        var all = KnowledgeBuilders.ValidDocument();
        var records = new KnowledgeDocument { Purchases = all.Purchases, Repairs = all.Repairs };
        all.Purchases = [];
        all.Repairs = [];

        Assert.Empty(KnowledgeValidator.Validate([("1-records.json", records), ("2-catalog.json", all)], ExistingKnowledge.Empty));
    }

    [Fact]
    public void ReferencesMayPointToRecordsAlreadyInTheDatabase()
    {
        var existing = ExistingKnowledge.Empty with
        {
            Zones = new HashSet<string> { "CITY" },
            Products = new Dictionary<string, ProductFacts> { ["JZT-Q5"] = new(@"^JQ5\d{8}$", new DateOnly(2025, 1, 1)) },
        };
        var doc = new KnowledgeDocument
        {
            Purchases = [new PurchaseRecord { Serial = "JQ500000009", Model = "JZT-Q5", SaleDate = new DateOnly(2026, 1, 1), Dealer = "d", Zone = "CITY" }],
        };

        Assert.Empty(KnowledgeValidator.Validate([(File, doc)], existing));
        doc.Purchases[0].Serial = "JQ5-9";
        Assert.Equal("serial", Assert.Single(KnowledgeValidator.Validate([(File, doc)], existing)).Field);
    }

    [Fact]
    public void ASerialPatternMustMatchTheWholeSerial()
    {
        var doc = KnowledgeBuilders.ValidDocument();
        doc.Products[0].SerialPattern = @"JQ5\d{8}"; // unanchored: still the whole serial
        doc.Purchases[0].Serial = doc.Repairs[0].Serial = "XJQ5000000012";

        Assert.Equal("serial", Assert.Single(Validate(doc)).Field);
    }

    [Fact]
    public void AFeeScheduleNeedsAnIsoCurrency()
    {
        var doc = KnowledgeBuilders.ValidDocument();
        doc.FeeSchedules[0].Currency = "yuan";

        var error = Assert.Single(Validate(doc));
        Assert.Equal(("feeSchedules[KITCHEN-FEES]", "currency"), (error.Record, error.Field));
    }

    private static IReadOnlyList<ImportError> Validate(KnowledgeDocument doc) => KnowledgeValidator.Validate([(File, doc)], ExistingKnowledge.Empty);
}
