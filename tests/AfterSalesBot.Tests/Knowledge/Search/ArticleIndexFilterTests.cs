using AfterSalesBot.Knowledge.Search;
using static AfterSalesBot.Tests.Knowledge.Search.SearchFixtures;

namespace AfterSalesBot.Tests.Knowledge.Search;

public sealed class ArticleIndexFilterTests
{
    private static string[] Codes(string query, string product) =>
        [.. FixtureIndex.Search(query, new SearchOptions { Product = product, Top = 20 }).Select(h => h.Code)];

    [Fact]
    public void ModelFilterExcludesOtherLinesAndOtherModels()
    {
        var codes = Codes("卡纸 paper jam", "LP-200");

        Assert.Contains("KB-PRINT-001", codes);
        Assert.DoesNotContain("KB-COPY-001", codes);
    }

    [Fact]
    public void ModelFilterExcludesArticlesForOtherModelsOfTheSameLine()
    {
        Assert.Contains("KB-STOVE-003", Codes("火焰发黄", "JZT-Q7"));
        Assert.DoesNotContain("KB-STOVE-003", Codes("火焰发黄", "JZT-Q5"));
    }

    [Fact]
    public void LineFilterAdmitsEveryModelOfTheLine()
    {
        var codes = Codes("paper jam", "OFFICE");

        Assert.Contains("KB-PRINT-001", codes);
        Assert.Contains("KB-COPY-001", codes);
    }

    [Fact]
    public void ModelFilterAdmitsArticlesForTheModelsLine()
    {
        var index = ArticleIndex.Build(
            [Article("KB-LINE", "Descaling", "除垢", products: ["KITCHEN"]), Article("KB-OFFICE", "Descaling", "除垢", products: ["OFFICE"])],
            Products);

        Assert.Equal(["KB-LINE"], index.Search("descaling", new SearchOptions { Product = "JSQ-H8" }).Select(h => h.Code));
    }

    [Fact]
    public void GeneralArticlesPassEveryFilter() => Assert.Contains("KB-GEN-001", Codes("warranty", "FIN-PRO"));

    [Fact]
    public void AliasFilterActsAsItsModel() => Assert.Equal(Codes("leak", "JSQ-H8"), Codes("leak", "热水器"));

    [Fact]
    public void UnknownProductAdmitsOnlyGeneralArticles() =>
        Assert.All(Codes("warranty repair leak jam", "NO-SUCH"), code => Assert.StartsWith("KB-GEN-", code, StringComparison.Ordinal));
}
