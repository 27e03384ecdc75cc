using System.Text.Json;
using AfterSalesBot.Knowledge;
using AfterSalesBot.Knowledge.Search;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Knowledge.Search;

/// <summary>The shipped demo articles against the shipped labelled queries (knowledge/evaluation/search-queries.json).</summary>
public sealed class DemoSearchRecallTests
{
    private static readonly string Demo = Path.Combine(RepoPaths.Root, "knowledge", "demo");

    [Fact]
    public void RecallAtThreeOnTheDemoQueriesIsAtLeastNinetyPercent()
    {
        var index = ArticleIndex.Build(Read("articles.json").Articles, Read("catalog.json").Products);
        var queries = LabelledQuery.ReadFile(Path.Combine(RepoPaths.Root, "knowledge", "evaluation", "search-queries.json"));

        var report = SearchEvaluation.RecallAt(3, index, queries);

        Assert.True(queries.Count >= 40, $"only {queries.Count} labelled queries");
        Assert.True(queries.Count(q => q.Language == "zh") >= 20 && queries.Count(q => q.Language == "en") >= 20, "both languages need 20");
        Assert.True(report.Recall >= 0.9, $"recall@3 = {report.Recall:F3}; misses:\n" + string.Join("\n",
            report.Misses.Select(m => $"  {m.Query.Query} [{m.Query.Product}] missing {string.Join(",", m.Missing)} got {string.Join(",", m.Returned)}")));
    }

    [Fact]
    public void LeakInChineseFindsTheWaterHeaterLeakArticleFirst()
    {
        var index = ArticleIndex.Build(Read("articles.json").Articles, Read("catalog.json").Products);
        var top = index.Search("漏水", new SearchOptions { Top = 3 });
        Assert.NotEmpty(top);
        Assert.Contains("漏水", top[0].TitleZh);
    }

    private static KnowledgeDocument Read(string file) =>
        JsonSerializer.Deserialize<KnowledgeDocument>(File.ReadAllText(Path.Combine(Demo, file)), KnowledgeDocument.JsonOptions)!;
}
