using System.Diagnostics;
using AfterSalesBot.Knowledge.Articles;
using AfterSalesBot.Knowledge.Search;
using AfterSalesBot.KnowledgeBench.Corpus;
using AfterSalesBot.KnowledgeBench.Report;

namespace AfterSalesBot.KnowledgeBench.Phases;

/// <summary>
/// Builds the index over the labelled articles topped up with synthetic ones, then times single-threaded
/// searches one by one (warm-up excluded), bounded by the query count and by time.
/// </summary>
public static class SearchPhase
{
    private const string Section = "Search";
    private const int WarmUpQueries = 1_000;

    public static ArticleIndex Run(KnowledgeBenchOptions options, LabelledSet set, KnowledgeBenchReport report, TextWriter progress)
    {
        var managedStart = Memory.ManagedMb();
        var synthetic = SyntheticArticles.Generate(Math.Max(0, options.Articles - set.Articles.Count), set.Products, options.Seed);
        List<Article> articles = [.. set.Articles, .. synthetic];
        var managedArticles = Memory.ManagedMb();

        progress.WriteLine($"bench: indexing {articles.Count:N0} articles...");
        var build = Stopwatch.StartNew();
        var index = ArticleIndex.Build(articles, set.Products);
        build.Stop();
        var managedIndex = Memory.ManagedMb();
        GC.KeepAlive(articles);

        report.Add(Section, "articles indexed", index.ArticleCount, "count",
            $"{set.Articles.Count} labelled + {synthetic.Count:N0} synthetic (seed {options.Seed})");
        report.Add(Section, "distinct terms", index.TermCount, "count");
        report.Add(Section, "index build time", build.Elapsed.TotalMilliseconds, "ms");
        report.Add(Section, "managed memory: articles", managedArticles - managedStart, "MB", "GC.GetTotalMemory after a full collect");
        report.Add(Section, "managed memory: index", managedIndex - managedArticles, "MB", "on top of the articles it shares strings with");

        var queries = SyntheticQueries.Mix(options.Queries, set.Queries, set.Products, options.Seed);
        progress.WriteLine($"bench: timing up to {queries.Length:N0} searches...");
        Time(index, queries, options, report);
        return index;
    }

    private static void Time(ArticleIndex index, (string Query, SearchOptions Options)[] queries, KnowledgeBenchOptions options, KnowledgeBenchReport report)
    {
        // Warm up until tiered compilation has settled: at least 1,000 searches and the warm-up time.
        var hits = 0L;
        var warmUntil = Stopwatch.GetTimestamp() + (long)(options.WarmUpSeconds * Stopwatch.Frequency);
        for (var i = 0; i < WarmUpQueries || Stopwatch.GetTimestamp() < warmUntil; i++)
            hits += index.Search(queries[i % queries.Length].Query, queries[i % queries.Length].Options).Count;

        var samples = new long[queries.Length];
        var deadline = Stopwatch.GetTimestamp() + (long)(options.SearchSeconds * Stopwatch.Frequency);
        var wall = Stopwatch.StartNew();
        var count = 0;
        hits = 0;
        while (count < queries.Length && Stopwatch.GetTimestamp() < deadline)
        {
            var (query, searchOptions) = queries[count];
            var start = Stopwatch.GetTimestamp();
            hits += index.Search(query, searchOptions).Count;
            samples[count++] = Stopwatch.GetTimestamp() - start;
        }

        wall.Stop();
        Array.Sort(samples, 0, count);
        report.Add(Section, "searches timed", count, "count", $"half labelled (repeated), half synthetic; {(double)hits / count:0.0} hits each");
        report.Add(Section, "latency p50", Percentiles.At(samples, count, 50), "µs");
        report.Add(Section, "latency p95", Percentiles.At(samples, count, 95), "µs");
        report.Add(Section, "latency p99", Percentiles.At(samples, count, 99), "µs");
        report.Add(Section, "latency max", Percentiles.Micros(samples[count - 1]), "µs");
        report.Add(Section, "throughput, one thread", count / wall.Elapsed.TotalSeconds, "queries/s");
    }
}
