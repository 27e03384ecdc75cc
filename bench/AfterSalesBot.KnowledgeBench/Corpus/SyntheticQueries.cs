using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Search;
using static AfterSalesBot.KnowledgeBench.Corpus.Vocabulary;

namespace AfterSalesBot.KnowledgeBench.Corpus;

/// <summary>
/// The timed query mix: the labelled queries, each repeated, interleaved with as many synthetic ones in both
/// languages (a product word or alias plus a symptom, sometimes a component), 30 % with a product filter.
/// </summary>
public static class SyntheticQueries
{
    public static (string Query, SearchOptions Options)[] Mix(int count, IReadOnlyList<LabelledQuery> labelled,
        IReadOnlyList<Product> products, int seed)
    {
        var random = new Random(seed + 1);
        var mix = new (string, SearchOptions)[count];
        for (var i = 0; i < count; i++)
        {
            if (i % 2 == 0 && labelled.Count > 0)
            {
                var q = labelled[i / 2 % labelled.Count];
                mix[i] = (q.Query, new SearchOptions { Top = 5, Language = q.Language, Product = q.Product });
                continue;
            }

            var product = products[random.Next(products.Count)];
            var symptom = Symptoms[random.Next(Symptoms.Length)];
            var component = Components[random.Next(Components.Length)];
            var chinese = random.Next(2) == 0;
            var name = product.Aliases.Count > 0 && random.Next(2) == 0
                ? product.Aliases[random.Next(product.Aliases.Count)]
                : chinese ? product.NameZh : product.NameEn;
            var text = (chinese, random.Next(3)) switch
            {
                (true, 0) => $"{name}{component.Zh}{symptom.Zh}",
                (true, _) => $"{name}{symptom.Zh}怎么办",
                (false, 0) => $"my {name} {component.En} {symptom.En}",
                (false, _) => $"{name} {symptom.En}",
            };
            var filter = random.NextDouble() < 0.3 ? product.Model : null;
            mix[i] = (text, new SearchOptions { Top = 5, Language = chinese ? "zh" : "en", Product = filter });
        }

        return mix;
    }
}
