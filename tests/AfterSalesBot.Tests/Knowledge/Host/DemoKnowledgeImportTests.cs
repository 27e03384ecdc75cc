using System.Net.Http.Json;
using AfterSalesBot.Knowledge;
using AfterSalesBot.Tests.Infrastructure;
using AfterSalesBot.Tests.Knowledge.Import;

namespace AfterSalesBot.Tests.Knowledge.Host;

/// <summary>The first start of an empty store imports the demo folder with its dates rebased to today.</summary>
public sealed class DemoKnowledgeImportTests
{
    [Fact]
    public async Task TheFirstStartImportsTheDemoFolderRebasedToToday()
    {
        await using var server = await BotServer.StartNewAsync(new Dictionary<string, string>
        {
            ["Admin__ApiKey"] = "key",
            ["Knowledge__DemoFolder"] = KnowledgeFixtures.Good,
        });
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", "key");

        var export = await http.GetFromJsonAsync<KnowledgeDocument>("/api/admin/knowledge/export", KnowledgeDocument.JsonOptions);

        // Written as "sold 3 days before 2026-06-01", so it was sold 3 days ago, in the business's time zone.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        Assert.Equal(today.AddDays(-3), export!.Purchases.Single(p => p.Serial == "JQ500000001").SaleDate);
        Assert.Equal(2, export.Articles.Count);
    }

    [Fact]
    public async Task InvalidOrMissingDemoDataIsLoggedAndTheHostStartsAnyway()
    {
        await using var bad = await BotServer.StartNewAsync(new Dictionary<string, string> { ["Knowledge__DemoFolder"] = KnowledgeFixtures.Bad });
        await using var missing = await BotServer.StartNewAsync(new Dictionary<string, string> { ["Knowledge__DemoFolder"] = "no/such/folder" });

        Assert.Contains("purchases[XX-BAD].serial", bad.Output);
        Assert.Contains("no/such/folder", missing.Output);
        using var http = missing.CreateClient();
        Assert.True((await http.GetAsync("/health")).IsSuccessStatusCode);
    }
}
