using System.Buffers;

namespace AfterSalesBot.Knowledge.Search;

/// <summary>
/// An immutable in-memory inverted index over bilingual articles, ranked by BM25 per field (title boosted)
/// and filtered by product. Safe to search from many threads; rebuild and swap to change it.
/// </summary>
public sealed partial class ArticleIndex
{
    // Score accumulators are rented per query and handed back zeroed, so a private pool never has dirty arrays.
    private static readonly ArrayPool<double> ScorePool = ArrayPool<double>.Create();

    private readonly IndexedArticle[] _docs;
    private readonly Dictionary<string, PostingList> _postings;
    private readonly ProductFilter _filter;

    private ArticleIndex(IndexedArticle[] docs, Dictionary<string, PostingList> postings, ProductFilter filter)
    {
        _docs = docs;
        _postings = postings;
        _filter = filter;
    }

    public int ArticleCount => _docs.Length;

    public int TermCount => _postings.Count;

    public IReadOnlyList<SearchHit> Search(string query, SearchOptions? options = null)
    {
        options ??= SearchOptions.Default;
        if (options.Top <= 0 || string.IsNullOrWhiteSpace(query) || _docs.Length == 0) return [];

        var plan = QueryPlan.Parse(query);
        var admitted = _filter.Resolve(options.Product);
        var (english, chinese) = LanguageWeights(options.Language);
        var scores = ScorePool.Rent(_docs.Length);
        var scored = ArrayPool<int>.Shared.Rent(_docs.Length);
        var scoredCount = 0;
        try
        {
            foreach (var (term, weight) in plan.Terms)
            {
                if (!_postings.TryGetValue(term, out var list)) continue;
                var termWeight = weight * list.Idf;
                foreach (var p in list.Postings)
                {
                    if (admitted is not null && !ProductFilter.Contains(admitted, p.Doc)) continue;
                    if (scores[p.Doc] == 0) scored[scoredCount++] = p.Doc;
                    scores[p.Doc] += termWeight * (p.English * english + p.Chinese * chinese + p.Neutral);
                }
            }

            var top = Math.Min(options.Top, scoredCount);
            var bestDocs = new int[top];
            var bestScores = new double[top];
            TopHits.Select(scores, scored, scoredCount, bestDocs, bestScores);
            var hits = new SearchHit[top];
            for (var i = 0; i < top; i++)
                hits[i] = ToHit(_docs[bestDocs[i]], bestScores[i], plan);
            return hits;
        }
        finally
        {
            for (var i = 0; i < scoredCount; i++) scores[scored[i]] = 0;
            ScorePool.Return(scores);
            ArrayPool<int>.Shared.Return(scored);
        }
    }

    private static SearchHit ToHit(IndexedArticle doc, double score, QueryPlan plan) => new(
        doc.Code, score, doc.TitleEn, doc.TitleZh,
        Snippet.Cut(doc.BodyEn, plan.SnippetNeedles, Snippet.EnglishWidth),
        Snippet.Cut(doc.BodyZh, plan.SnippetNeedles, Snippet.ChineseWidth));

    private static (double English, double Chinese) LanguageWeights(string? language) => language?.Trim().ToLowerInvariant() switch
    {
        "en" => (1.0, 0.5),
        "zh" => (0.5, 1.0),
        _ => (1.0, 1.0),
    };
}
