using AfterSalesBot.Knowledge.Search;
using static AfterSalesBot.Tests.Knowledge.Search.SearchFixtures;

namespace AfterSalesBot.Tests.Knowledge.Search;

public sealed class SearchEvaluationTests
{
    [Fact]
    public void RecallAtThreeOnTheFixtureSetIsAtLeastNinetyPercent()
    {
        var report = SearchEvaluation.RecallAt(3, FixtureIndex, Queries);

        Assert.Equal(Queries.Count, report.QueryCount);
        Assert.True(report.Recall >= 0.9, $"recall@3 = {report.Recall:0.000}; misses:\n{string.Join("\n", report.Misses)}");
    }

    [Fact]
    public void RecallIsTheMeanOfEachQuerysFoundFraction()
    {
        var index = ArticleIndex.Build([Article("KB-1", "Leak", "漏水"), Article("KB-2", "Noise", "噪音")], []);
        LabelledQuery[] queries =
        [
            new("leak", "en", null, ["KB-1"]),          // 1
            new("leak", "en", null, ["KB-1", "KB-2"]),  // 1/2
            new("noise", "en", null, ["KB-1"]),         // 0
            new("anything", "en", null, []),            // not averaged
        ];

        var report = SearchEvaluation.RecallAt(1, index, queries);

        Assert.Equal(3, report.QueryCount);
        Assert.Equal(0.5, report.Recall, 10);
        Assert.Equal(2, report.Misses.Count);
        Assert.Equal(["KB-2"], report.Misses[0].Missing);
        Assert.Equal(["KB-2"], report.Misses[1].Returned);
    }

    [Fact]
    public void SearchesWithTheQuerysProduct()
    {
        LabelledQuery[] queries = [new("paper jam", "en", "MC-450", ["KB-PRINT-001"])];

        var report = SearchEvaluation.RecallAt(5, FixtureIndex, queries);

        Assert.Equal(0, report.Recall);
        Assert.DoesNotContain("KB-PRINT-001", report.Misses[0].Returned);
    }

    [Fact]
    public void ReadsTheLabelledQueryFormat()
    {
        Assert.True(Queries.Count >= 20);
        Assert.Contains(Queries, q => q is { Query: "漏水", Language: "zh", Product: null } && q.Expected.SequenceEqual(["KB-HEATER-001"]));
        Assert.Contains(Queries, q => q.Language == "en");
    }
}
