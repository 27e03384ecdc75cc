using System.Text.Json;
using AfterSalesBot.Knowledge;

namespace AfterSalesBot.Tests.Knowledge.Import;

public sealed class KnowledgeExporterTests
{
    [Fact]
    public async Task ExportThenImportChangesNothing()
    {
        await using var store = await KnowledgeStore.CreateAsync();
        await store.ImportAsync(await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Good));

        var exported = await ExportToJsonAsync(store);
        var result = await store.ImportAsync([("export.json", Parse(exported))]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(0, result.Changes);
        Assert.Equal(15, result.Unchanged);
    }

    [Fact]
    public async Task AnExportCarriesEverythingIntoAnEmptyStore()
    {
        await using var source = await KnowledgeStore.CreateAsync();
        await source.ImportAsync(await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Good));
        var exported = await ExportToJsonAsync(source);

        await using var copy = await KnowledgeStore.CreateAsync();
        var result = await copy.ImportAsync([("export.json", Parse(exported))]);

        Assert.Equal(15, result.Inserted);
        Assert.Equal(exported, await ExportToJsonAsync(copy));
    }

    [Fact]
    public async Task WritesTheFormatSortedByKeyWithoutAReferenceDate()
    {
        await using var store = await KnowledgeStore.CreateAsync();
        await store.ImportAsync(await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Good));

        using var json = JsonDocument.Parse(await ExportToJsonAsync(store));

        var root = json.RootElement;
        Assert.Equal(KnowledgeDocument.FormatName, root.GetProperty("format").GetString());
        Assert.False(root.TryGetProperty("referenceDate", out _));
        Assert.Equal(["JQ500000001", "JQ500000002", "WH20-000001"],
            root.GetProperty("purchases").EnumerateArray().Select(p => p.GetProperty("serial").GetString()));
        Assert.Equal("NotCovered", root.GetProperty("policies")[0].GetProperty("exclusions")[1].GetProperty("effect").GetString());
        Assert.Contains("厨房电器", root.GetProperty("productLines")[0].GetRawText()); // Chinese unescaped
    }

    private static async Task<string> ExportToJsonAsync(KnowledgeStore store)
    {
        using var stream = new MemoryStream();
        await store.Exporter.ExportAsync(stream, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static KnowledgeDocument Parse(string json) => JsonSerializer.Deserialize<KnowledgeDocument>(json, KnowledgeDocument.JsonOptions)!;
}
