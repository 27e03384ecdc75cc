namespace AfterSalesBot.Knowledge.Search;

/// <summary>
/// One article's precomputed, boosted BM25 term-frequency part for a term, summed per language group,
/// so a query only multiplies by IDF and the language weights.
/// </summary>
internal readonly record struct Posting(int Doc, float English, float Chinese, float Neutral);

/// <summary>Every article containing a term, in article order, with the term's IDF.</summary>
internal sealed record PostingList(Posting[] Postings, double Idf);
