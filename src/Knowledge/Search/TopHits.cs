namespace AfterSalesBot.Knowledge.Search;

/// <summary>
/// The best k articles by score, ties broken by article order (= code order), kept in a sorted array
/// by insertion: k is small, so this beats sorting every scored article.
/// </summary>
internal static class TopHits
{
    public static int Select(double[] scores, int[] scored, int scoredCount, int[] bestDocs, double[] bestScores)
    {
        var k = bestDocs.Length;
        var count = 0;
        for (var i = 0; i < scoredCount; i++)
        {
            var doc = scored[i];
            var score = scores[doc];
            if (count == k && !Beats(score, doc, bestScores[k - 1], bestDocs[k - 1])) continue;

            var at = count < k ? count++ : k - 1;
            while (at > 0 && Beats(score, doc, bestScores[at - 1], bestDocs[at - 1]))
            {
                bestDocs[at] = bestDocs[at - 1];
                bestScores[at] = bestScores[at - 1];
                at--;
            }

            bestDocs[at] = doc;
            bestScores[at] = score;
        }

        return count;
    }

    private static bool Beats(double score, int doc, double otherScore, int otherDoc) =>
        score > otherScore || (score == otherScore && doc < otherDoc);
}
