namespace AfterSalesBot.Knowledge.Search;

/// <param name="Recall">Mean over the queries of |expected ∩ top k| / |expected|, from 0 to 1.</param>
/// <param name="QueryCount">Queries averaged: those with at least one expected article.</param>
/// <param name="Misses">Queries that lost at least one expected article, for diagnosis.</param>
public sealed record RecallReport(int K, double Recall, int QueryCount, IReadOnlyList<QueryMiss> Misses);

/// <param name="Missing">Expected codes not in the top k.</param>
/// <param name="Returned">The top k codes, best first.</param>
public sealed record QueryMiss(LabelledQuery Query, double Recall, IReadOnlyList<string> Missing, IReadOnlyList<string> Returned)
{
    public override string ToString() =>
        $"\"{Query.Query}\" ({Query.Language ?? "-"}, {Query.Product ?? "any product"}): " +
        $"missing {string.Join(", ", Missing)}; got {(Returned.Count == 0 ? "nothing" : string.Join(", ", Returned))}";
}
