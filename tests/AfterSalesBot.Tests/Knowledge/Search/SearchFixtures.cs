using System.Text.Json;
using AfterSalesBot.Knowledge;
using AfterSalesBot.Knowledge.Articles;
using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Search;

namespace AfterSalesBot.Tests.Knowledge.Search;

/// <summary>The small bilingual fixture set: 15 articles over six kinds of product and 32 labelled queries.</summary>
internal static class SearchFixtures
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Knowledge", "Search", "Fixtures");

    public static IReadOnlyList<Article> Articles { get; } = Read("articles.json").Articles;

    public static IReadOnlyList<Product> Products { get; } = Read("catalog.json").Products;

    public static IReadOnlyList<LabelledQuery> Queries { get; } = LabelledQuery.ReadFile(Path.Combine(Folder, "search-queries.json"));

    public static ArticleIndex FixtureIndex { get; } = ArticleIndex.Build(Articles, Products);

    public static Article Article(string code, string titleEn, string titleZh, string bodyEn = "", string bodyZh = "",
        string[]? products = null, string[]? symptoms = null) => new()
    {
        Code = code, TitleEn = titleEn, TitleZh = titleZh, BodyEn = bodyEn, BodyZh = bodyZh,
        Products = [.. products ?? []], Symptoms = [.. symptoms ?? []],
    };

    private static KnowledgeDocument Read(string file) =>
        JsonSerializer.Deserialize<KnowledgeDocument>(File.ReadAllText(Path.Combine(Folder, file)), KnowledgeDocument.JsonOptions)
        ?? throw new InvalidDataException(file);
}
