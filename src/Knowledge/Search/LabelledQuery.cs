using System.Text.Json;

namespace AfterSalesBot.Knowledge.Search;

/// <summary>
/// A query with the articles that should come back for it, as in <c>knowledge/evaluation/search-queries.json</c>:
/// <c>[{"query": "漏水", "language": "zh", "product": null, "expected": ["KB-…"]}]</c>.
/// </summary>
public sealed record LabelledQuery(string Query, string? Language, string? Product, IReadOnlyList<string> Expected)
{
    public static IReadOnlyList<LabelledQuery> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<LabelledQuery>>(stream, KnowledgeDocument.JsonOptions)
            ?? throw new InvalidDataException($"{path}: expected a JSON array of labelled queries.");
    }
}
