using AfterSalesBot.Knowledge.Articles;
using AfterSalesBot.Knowledge.Catalog;

namespace AfterSalesBot.Knowledge.Search;

public sealed partial class ArticleIndex
{
    /// <summary>
    /// Indexes the articles' titles, bodies, symptom codes, and the names and aliases of the products each
    /// applies to (so "燃气灶" finds stove articles that only say 灶具). Codes must be unique.
    /// </summary>
    public static ArticleIndex Build(IEnumerable<Article> articles, IEnumerable<Product> products)
    {
        var catalog = new ProductCatalog(products);
        var ordered = articles.OrderBy(a => a.Code, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < ordered.Length; i++)
            if (ordered[i].Code == ordered[i - 1].Code)
                throw new ArgumentException($"Article code {ordered[i].Code} appears twice.", nameof(articles));

        var docTerms = new Dictionary<string, int[]>[ordered.Length];
        var lengths = new int[ordered.Length, IndexFields.Count];
        var tokens = new List<SearchToken>();
        for (var doc = 0; doc < ordered.Length; doc++)
        {
            docTerms[doc] = new Dictionary<string, int[]>(StringComparer.Ordinal);
            for (var f = 0; f < IndexFields.Count; f++)
            {
                tokens.Clear();
                foreach (var text in FieldTexts(ordered[doc], (IndexField)f, catalog))
                    SearchTokenizer.Tokenize(text, tokens);
                lengths[doc, f] = tokens.Count;
                foreach (var token in tokens)
                {
                    if (!docTerms[doc].TryGetValue(token.Term, out var tfs))
                        docTerms[doc][token.Term] = tfs = new int[IndexFields.Count];
                    tfs[f]++;
                }
            }
        }

        var postings = BuildPostings(docTerms, lengths);
        var docs = Array.ConvertAll(ordered, a => new IndexedArticle(a.Code, a.TitleEn, a.TitleZh, a.BodyEn, a.BodyZh));
        var filter = new ProductFilter(catalog, Array.ConvertAll(ordered, a => (IReadOnlyList<string>)a.Products.ToArray()));
        return new ArticleIndex(docs, postings, filter);
    }

    private static Dictionary<string, PostingList> BuildPostings(Dictionary<string, int[]>[] docTerms, int[,] lengths)
    {
        var averages = new double[IndexFields.Count];
        for (var f = 0; f < IndexFields.Count; f++)
        {
            long sum = 0;
            for (var doc = 0; doc < docTerms.Length; doc++) sum += lengths[doc, f];
            averages[f] = docTerms.Length == 0 ? 0 : (double)sum / docTerms.Length;
        }

        var lists = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var byLanguage = new double[3];
        for (var doc = 0; doc < docTerms.Length; doc++)
        {
            foreach (var (term, tfs) in docTerms[doc])
            {
                Array.Clear(byLanguage);
                for (var f = 0; f < IndexFields.Count; f++)
                {
                    if (tfs[f] == 0) continue;
                    var field = (IndexField)f;
                    byLanguage[(int)IndexFields.LanguageOf(field)] +=
                        IndexFields.Boost(field) * Bm25.SaturatedTf(tfs[f], lengths[doc, f], averages[f]);
                }

                if (!lists.TryGetValue(term, out var list))
                    lists[term] = list = [];
                list.Add(new Posting(doc, (float)byLanguage[0], (float)byLanguage[1], (float)byLanguage[2]));
            }
        }

        var result = new Dictionary<string, PostingList>(lists.Count, StringComparer.Ordinal);
        foreach (var (term, list) in lists)
            result[term] = new PostingList([.. list], Bm25.Idf(docTerms.Length, list.Count));
        return result;
    }

    private static IEnumerable<string> FieldTexts(Article a, IndexField field, ProductCatalog catalog) => field switch
    {
        IndexField.TitleEn => [a.TitleEn],
        IndexField.TitleZh => [a.TitleZh],
        IndexField.BodyEn => [a.BodyEn],
        IndexField.BodyZh => [a.BodyZh],
        // LEAK, NO_IGNITION → "leak", "no ignition"; the tokenizer splits on the underscore.
        IndexField.Symptoms => a.Symptoms,
        // Each distinct name once, so a line with many models does not repeat "stove" twenty times.
        _ => a.Products.SelectMany(catalog.NamesFor).Distinct(StringComparer.OrdinalIgnoreCase),
    };
}
