using System.Text.Json;
using AfterSalesBot.Knowledge;
using AfterSalesBot.Knowledge.Articles;
using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Search;

namespace AfterSalesBot.KnowledgeBench.Corpus;

/// <summary>
/// Articles, products and labelled queries: the shipped demo set (knowledge/demo) when its query file
/// exists, else the search tests' fixture set. <see cref="Source"/> says which.
/// </summary>
public sealed record LabelledSet(string Source, IReadOnlyList<Article> Articles, IReadOnlyList<Product> Products, IReadOnlyList<LabelledQuery> Queries)
{
    public const string DemoFolder = "knowledge/demo";
    public const string EvaluationFolder = "knowledge/evaluation";
    public const string FixtureFolder = "tests/AfterSalesBot.Tests/Knowledge/Search/Fixtures";

    public bool IsDemo => Source.StartsWith(DemoFolder, StringComparison.Ordinal);

    public static LabelledSet Load(string root)
    {
        var demoQueries = Path.Combine(root, EvaluationFolder, "search-queries.json");
        var folder = File.Exists(demoQueries) ? DemoFolder : FixtureFolder;
        var documents = new[] { "articles.json", "catalog.json" }
            .Select(f => Path.Combine(root, folder, f))
            .Where(File.Exists)
            .Select(Read)
            .ToArray();
        return new LabelledSet(
            folder + (folder == FixtureFolder ? " (knowledge/evaluation/search-queries.json not found)" : ""),
            [.. documents.SelectMany(d => d.Articles)],
            [.. documents.SelectMany(d => d.Products).DistinctBy(p => p.Model)],
            LabelledQuery.ReadFile(folder == DemoFolder ? demoQueries : Path.Combine(root, folder, "search-queries.json")));
    }

    private static KnowledgeDocument Read(string path) =>
        JsonSerializer.Deserialize<KnowledgeDocument>(File.ReadAllText(path), KnowledgeDocument.JsonOptions)
        ?? throw new InvalidDataException($"{path}: not a knowledge document");
}
