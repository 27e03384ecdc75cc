using AfterSalesBot.Knowledge;
using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Import;

namespace AfterSalesBot.Tests.Knowledge.Import;

public sealed class KnowledgeValidatorLengthTests
{
    private const string File = "test.json";

    /// <summary>Each column limit: a change one character past it, and the error (record, field, limit) it must produce.</summary>
    private static readonly Dictionary<string, (Action<KnowledgeDocument> Break, string Record, string Field, int Limit)> Rules = new()
    {
        ["article body"] = (d => d.Articles[0].BodyEn = new string('x', 16_001), "articles[KB-1]", "bodyEn", 16_000),
        ["Chinese article body"] = (d => d.Articles[0].BodyZh = new string('修', 16_001), "articles[KB-1]", "bodyZh", 16_000),
        ["default text column"] = (d => d.Zones[0].NameZh = new string('市', 513), "zones[CITY]", "nameZh", 512),
        ["purchase dealer"] = (d => d.Purchases[0].Dealer = new string('d', 513), "purchases[JQ500000001]", "dealer", 512),
        ["32-character zone key"] = (d => d.Zones.Add(new ServiceZone { Code = new string('Z', 33), NameEn = "x", NameZh = "x" }),
            $"zones[{new string('Z', 33)}]", "code", 32),
        ["64-character article key"] = (d => d.Articles[0].Code = new string('K', 65), $"articles[{new string('K', 65)}]", "code", 64),
        ["repair outcome"] = (d => d.Repairs[0].Outcome = new string('o', 33), "repairs[RP-1]", "outcome", 32),
    };

    public static TheoryData<string> RuleNames => [.. Rules.Keys];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void ReportsAFieldLongerThanItsColumn(string rule)
    {
        var (breakIt, record, field, limit) = Rules[rule];
        var doc = KnowledgeBuilders.ValidDocument();
        breakIt(doc);

        var error = Assert.Single(Validate(doc));

        Assert.Equal($"{File}: {record}.{field}: longer than {limit} characters", error.ToString());
    }

    [Fact]
    public void AcceptsFieldsExactlyAtTheirLimits()
    {
        var doc = KnowledgeBuilders.ValidDocument();
        doc.Articles[0].BodyEn = new string('x', 16_000);
        doc.Zones[0].NameZh = new string('市', 512);
        doc.Repairs[0].Outcome = new string('o', 32);

        Assert.Empty(Validate(doc));
    }

    private static IReadOnlyList<ImportError> Validate(KnowledgeDocument doc) => KnowledgeValidator.Validate([(File, doc)], ExistingKnowledge.Empty);
}
