namespace AfterSalesBot.Knowledge.Search;

/// <summary>Measures an index against a labelled query set.</summary>
public static class SearchEvaluation
{
    /// <summary>
    /// recall@k: the mean over queries of the fraction of each query's expected articles found in its top k,
    /// searched with the query's language and product. Queries expecting nothing are not averaged.
    /// </summary>
    public static RecallReport RecallAt(int k, ArticleIndex index, IEnumerable<LabelledQuery> queries)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var sum = 0.0;
        var count = 0;
        var misses = new List<QueryMiss>();
        foreach (var query in queries)
        {
            var expected = query.Expected.Distinct(StringComparer.Ordinal).ToArray();
            if (expected.Length == 0) continue;

            var options = new SearchOptions { Top = k, Language = query.Language, Product = query.Product };
            var returned = index.Search(query.Query, options).Select(h => h.Code).ToArray();
            var missing = expected.Where(code => !returned.Contains(code, StringComparer.Ordinal)).ToArray();
            var recall = (double)(expected.Length - missing.Length) / expected.Length;
            sum += recall;
            count++;
            if (missing.Length > 0)
                misses.Add(new QueryMiss(query, recall, missing, returned));
        }

        return new RecallReport(k, count == 0 ? 0 : sum / count, count, misses);
    }
}
