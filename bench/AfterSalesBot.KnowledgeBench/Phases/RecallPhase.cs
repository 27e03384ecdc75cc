using AfterSalesBot.Knowledge.Search;
using AfterSalesBot.KnowledgeBench.Corpus;
using AfterSalesBot.KnowledgeBench.Report;

namespace AfterSalesBot.KnowledgeBench.Phases;

/// <summary>recall@3 of the labelled queries, on the labelled articles alone and among the synthetic crowd.</summary>
public static class RecallPhase
{
    private const string Section = "Recall";

    public static void Run(LabelledSet set, ArticleIndex crowded, KnowledgeBenchReport report)
    {
        var alone = SearchEvaluation.RecallAt(3, ArticleIndex.Build(set.Articles, set.Products), set.Queries);
        var amongSynthetic = SearchEvaluation.RecallAt(3, crowded, set.Queries);

        report.LabelledSet = set.Source;
        report.Add(Section, "labelled queries", alone.QueryCount, "count");
        report.Add(Section, "recall@3", alone.Recall, "ratio", $"{set.Articles.Count} labelled articles");
        report.Add(Section, "recall@3 in the full index", amongSynthetic.Recall, "ratio", $"{crowded.ArticleCount:N0} articles");
        report.Misses.AddRange(alone.Misses.Select(m => m.ToString()));
    }
}
