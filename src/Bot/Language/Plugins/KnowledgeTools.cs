using System.ComponentModel;
using AfterSalesBot.Knowledge.Search;
using Microsoft.SemanticKernel;

namespace AfterSalesBot.Bot.Language.Plugins;

/// <summary>
/// The knowledge articles as a kernel function, for free questions. It searches what every customer may read (the
/// public articles), in the conversation's language and product, and remembers what it returned so an answer can
/// cite only articles that were really retrieved.
/// </summary>
public sealed class KnowledgeTools(KnowledgeSearch search, string language, string? model)
{
    private readonly List<SearchHit> _returned = [];

    public IReadOnlyList<SearchHit> Returned => _returned;

    [KernelFunction("search_articles")]
    [Description("Searches the after-sales knowledge articles (warranty rules, fees, troubleshooting). Returns code, title and text of the best matches.")]
    public IReadOnlyList<ArticleExcerpt> SearchArticles([Description("What to look for, in the customer's words")] string query)
    {
        var hits = search.Search(query, new SearchOptions { Product = model, Top = 3, Language = language });
        lock (_returned) _returned.AddRange(hits);
        return [.. hits.Select(h => ArticleExcerpt.From(h, language))];
    }
}

public sealed record ArticleExcerpt(string Code, string Title, string Text)
{
    public static ArticleExcerpt From(SearchHit hit, string language) =>
        language == "zh" ? new(hit.Code, hit.TitleZh, hit.SnippetZh) : new(hit.Code, hit.TitleEn, hit.SnippetEn);
}
