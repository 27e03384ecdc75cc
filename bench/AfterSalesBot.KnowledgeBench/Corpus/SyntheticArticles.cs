using AfterSalesBot.Knowledge.Articles;
using AfterSalesBot.Knowledge.Catalog;
using static AfterSalesBot.KnowledgeBench.Corpus.Vocabulary;

namespace AfterSalesBot.KnowledgeBench.Corpus;

/// <summary>
/// Bilingual troubleshooting articles made deterministically from a seed: "{product} {symptom} ({component})"
/// with a body of three to six sentences. 70 % name a model, 20 % a line, 10 % apply to every product.
/// </summary>
public static class SyntheticArticles
{
    public static List<Article> Generate(int count, IReadOnlyList<Product> products, int seed)
    {
        var random = new Random(seed);
        var lines = products.Select(p => p.LineCode).Distinct().Order(StringComparer.Ordinal).ToArray();
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var product = products[random.Next(products.Count)];
            var symptom = Symptoms[random.Next(Symptoms.Length)];
            var component = Components[random.Next(Components.Length)];
            var roll = random.NextDouble();
            List<string> appliesTo = roll < 0.7 ? [product.Model] : roll < 0.9 ? [lines[random.Next(lines.Length)]] : [];
            var (bodyEn, bodyZh) = Body(random, product, symptom, component);
            articles.Add(new Article
            {
                Code = $"KB-SYN-{i:D5}",
                Kind = ArticleKind.Troubleshooting,
                TitleEn = $"{product.NameEn} {symptom.En} ({component.En})",
                TitleZh = $"{product.NameZh}{component.Zh}{symptom.Zh}怎么办",
                BodyEn = bodyEn,
                BodyZh = bodyZh,
                Products = appliesTo,
                Symptoms = [symptom.En.ToUpperInvariant().Replace(' ', '_')],
            });
        }

        return articles;
    }

    private static (string En, string Zh) Body(Random random, Product product, Pair symptom, Pair component)
    {
        var en = new List<string> { $"When the {component.En} of your {product.NameEn} {symptom.En}, follow these steps." };
        var zh = new List<string> { $"{product.NameZh}的{component.Zh}{symptom.Zh}时，请按以下步骤处理。" };
        var sentences = random.Next(2, 6);
        for (var s = 0; s < sentences; s++)
        {
            var action = Actions[random.Next(Actions.Length)];
            var other = Components[random.Next(Components.Length)];
            en.Add(action.En);
            en.Add($"Also look at the {other.En}.");
            zh.Add(action.Zh);
            zh.Add($"同时检查{other.Zh}。");
        }

        return (string.Join(' ', en), string.Concat(zh));
    }
}
