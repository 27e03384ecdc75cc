using AfterSalesBot.Knowledge.Search;
using static AfterSalesBot.Tests.Knowledge.Search.SearchFixtures;

namespace AfterSalesBot.Tests.Knowledge.Search;

public sealed class ArticleIndexRankingTests
{
    private static string[] Codes(string query, SearchOptions? options = null) =>
        [.. FixtureIndex.Search(query, options).Select(h => h.Code)];

    [Theory]
    [InlineData("漏水")]
    [InlineData("热水器漏水怎么办")]
    [InlineData("water heater leaking")]
    public void FindsTheLeakingWaterHeaterFirst(string query) => Assert.Equal("KB-HEATER-001", Codes(query)[0]);

    [Fact]
    public void LeakingWaterOutranksDrippingOilThoughBothAreLeaks()
    {
        var codes = Codes("漏水");

        Assert.Contains("KB-HOOD-002", Codes("漏油"));
        Assert.True(Array.IndexOf(codes, "KB-HOOD-002") is -1 or > 0);
    }

    [Fact]
    public void MixedLanguageQueryFindsTheModelsArticle() => Assert.Equal("KB-STOVE-001", Codes("Q5 点不着火")[0]);

    [Fact]
    public void TitleMatchBeatsBodyMatch()
    {
        var index = ArticleIndex.Build(
        [
            Article("KB-A", "Cleaning the filter", "清洗滤网", bodyEn: "If the display flickers, clean the filter."),
            Article("KB-B", "The display flickers", "屏幕闪烁", bodyEn: "Clean the filter first."),
        ], []);

        Assert.Equal(["KB-B", "KB-A"], index.Search("display flickers").Select(h => h.Code));
    }

    [Fact]
    public void ProductAliasesFindArticlesWhoseTextNeverNamesTheProduct()
    {
        // No article says 煤气灶 or "gas hob"; the Q5's aliases do, and the stove articles apply to the Q5.
        Assert.DoesNotContain(Articles, a => a.TitleZh.Contains("煤气灶", StringComparison.Ordinal) || a.BodyZh.Contains("煤气灶", StringComparison.Ordinal));
        Assert.StartsWith("KB-STOVE-", Codes("煤气灶")[0], StringComparison.Ordinal);
        Assert.StartsWith("KB-STOVE-", Codes("gas hob")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnsAtMostTopHitsBestFirst()
    {
        var hits = FixtureIndex.Search("paper jam", new SearchOptions { Top = 2 });

        Assert.Equal(2, hits.Count);
        Assert.True(hits[0].Score >= hits[1].Score);
        Assert.Equal(["KB-COPY-001", "KB-PRINT-001"], hits.Select(h => h.Code).Order());
    }

    [Fact]
    public void SnippetsShowTheBodyAroundTheMatchInBothLanguages()
    {
        var hit = FixtureIndex.Search("exchanger leaking 换热器渗漏")[0];

        Assert.Equal("The water heater is leaking water", hit.TitleEn);
        Assert.Equal("热水器漏水怎么办", hit.TitleZh);
        Assert.StartsWith("…", hit.SnippetEn, StringComparison.Ordinal);
        Assert.Contains("heat exchanger may be leaking", hit.SnippetEn, StringComparison.Ordinal);
        Assert.Contains("换热器渗漏", hit.SnippetZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "KB-EN")]
    [InlineData("zh", "KB-ZH")]
    public void CustomersLanguageDecidesBetweenMatchesOfSharedTerms(string language, string first)
    {
        var index = ArticleIndex.Build(
        [
            Article("KB-EN", "Error codes", "故障代码", bodyEn: "E1 means no flame.", bodyZh: "点火失败。"),
            Article("KB-ZH", "Error codes", "故障代码", bodyEn: "No flame.", bodyZh: "E1表示点火失败。"),
        ], []);

        Assert.Equal(first, index.Search("E1", new SearchOptions { Language = language })[0].Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the of and")]
    [InlineData("zzzz qqqq")]
    public void FindsNothingForQueriesWithNoIndexedTerm(string query) => Assert.Empty(FixtureIndex.Search(query));
}
