using System.Text.Json;

namespace AfterSalesBot.Bot.Conversations.Understanding.Evaluation;

/// <summary>The product names of a knowledge catalogue file (knowledge/demo/catalog.json), as the interpreter's context wants them.</summary>
public static class CatalogProductNames
{
    public static IReadOnlyList<ProductName> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("products").EnumerateArray()
            .Select(p => new ProductName(
                p.GetProperty("model").GetString()!,
                p.GetProperty("lineCode").GetString()!,
                new[] { p.GetProperty("nameEn").GetString()!, p.GetProperty("nameZh").GetString()! }
                    .Concat(p.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!))
                    .ToList()))
            .ToList();
    }
}
