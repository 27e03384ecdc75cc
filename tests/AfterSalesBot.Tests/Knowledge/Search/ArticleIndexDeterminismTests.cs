using AfterSalesBot.Knowledge.Search;
using static AfterSalesBot.Tests.Knowledge.Search.SearchFixtures;

namespace AfterSalesBot.Tests.Knowledge.Search;

public sealed class ArticleIndexDeterminismTests
{
    [Fact]
    public void EqualScoresAreOrderedByCode()
    {
        var index = ArticleIndex.Build([Article("KB-3", "Leak", "漏水"), Article("KB-1", "Leak", "漏水"), Article("KB-2", "Leak", "漏水")], []);

        var hits = index.Search("leak");

        Assert.Equal(["KB-1", "KB-2", "KB-3"], hits.Select(h => h.Code));
        Assert.Equal(hits[0].Score, hits[2].Score);
    }

    [Fact]
    public void ArticleOrderDoesNotChangeResults()
    {
        var shuffled = ArticleIndex.Build(Articles.Reverse(), Products.Reverse());

        foreach (var query in Queries)
            Assert.Equal(FixtureIndex.Search(query.Query, new SearchOptions { Top = 10 }), shuffled.Search(query.Query, new SearchOptions { Top = 10 }));
    }

    [Fact]
    public void ConcurrentSearchesGetTheSameAnswersAsSequentialOnes()
    {
        var expected = Queries.Select(q => FixtureIndex.Search(q.Query)).ToArray();

        Parallel.For(0, 400, i =>
        {
            var n = i % Queries.Count;
            Assert.Equal(expected[n], FixtureIndex.Search(Queries[n].Query));
        });
    }

    [Fact]
    public void RejectsDuplicateCodes() =>
        Assert.Throws<ArgumentException>(() => ArticleIndex.Build([Article("KB-1", "a", "甲"), Article("KB-1", "b", "乙")], []));
}
