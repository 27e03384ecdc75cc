namespace AfterSalesBot.Knowledge.Search;

/// <summary>Okapi BM25 with the usual constants.</summary>
internal static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>Never negative, unlike the original form, so a term in every article still counts a little.</summary>
    public static double Idf(int documentCount, int documentFrequency) =>
        Math.Log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));

    public static double SaturatedTf(int tf, int fieldLength, double averageFieldLength)
    {
        var norm = averageFieldLength > 0 ? fieldLength / averageFieldLength : 1;
        return tf * (K1 + 1) / (tf + K1 * (1 - B + B * norm));
    }
}
