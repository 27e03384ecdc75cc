using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Knowledge;
using AfterSalesBot.Tests.Infrastructure;
using AfterSalesBot.Tests.Knowledge.Import;

namespace AfterSalesBot.Tests.Knowledge.Host;

/// <summary>The knowledge endpoints on the real host, behind the admin key.</summary>
public sealed class KnowledgeAdminEndpointsTests
{
    private const string Key = "test-admin-key";

    [Fact]
    public async Task ImportsADocumentAndExportsWhatWasImported()
    {
        await using var server = await StartAsync(Key);
        using var http = Client(server, Key);

        var dryRun = await http.PostAsync("/api/admin/knowledge/import?dryRun=true", await GoodDocumentAsync());
        var import = await http.PostAsync("/api/admin/knowledge/import", await GoodDocumentAsync());
        var again = await http.PostAsync("/api/admin/knowledge/import", await GoodDocumentAsync());

        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var result = await import.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(15, (int)result!["inserted"]!);
        Assert.Equal(3, (int)result["sections"]!.AsArray().Single(s => (string?)s!["section"] == "purchases")!["inserted"]!);
        Assert.Equal(0, (int)(await again.Content.ReadFromJsonAsync<JsonObject>())!["changes"]!);

        var export = await http.GetFromJsonAsync<KnowledgeDocument>("/api/admin/knowledge/export", KnowledgeDocument.JsonOptions);
        Assert.Equal(["JQ500000001", "JQ500000002", "WH20-000001"], export!.Purchases.Select(p => p.Serial));
        Assert.Equal(new DateOnly(2026, 5, 29), export.Purchases[0].SaleDate); // no rebase over HTTP
        Assert.Equal(["KB-KITCHEN-001", "KB-KITCHEN-002"], export.Articles.Select(a => a.Code));
    }

    [Fact]
    public async Task AnInvalidDocumentIsRejectedWithEveryErrorAndNothingWritten()
    {
        await using var server = await StartAsync(Key);
        using var http = Client(server, Key);
        var doc = JsonNode.Parse(await (await GoodDocumentAsync()).ReadAsStringAsync())!;
        doc["purchases"]![0]!["zone"] = "MARS";
        doc["articles"]![1]!["titleZh"] = "";

        var response = await http.PostAsync("/api/admin/knowledge/import", Json(doc.ToJsonString()));
        var broken = await http.PostAsync("/api/admin/knowledge/import", Json("{ \"format\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray();
        Assert.Equal(["request: purchases[JQ500000001].zone", "request: articles[KB-KITCHEN-002].titleZh"],
            errors.Select(e => $"{e!["file"]}: {e["record"]}.{e["field"]}"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("request", (string?)(await broken.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!["file"]);
        var export = await http.GetFromJsonAsync<KnowledgeDocument>("/api/admin/knowledge/export", KnowledgeDocument.JsonOptions);
        Assert.Empty(export!.Products);
    }

    [Fact]
    public async Task AWrongKeyIsUnauthorized()
    {
        await using var server = await StartAsync(Key);
        using var http = Client(server, "wrong-key");
        using var anonymous = server.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync("/api/admin/knowledge/import", await GoodDocumentAsync())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/admin/knowledge/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/knowledge/export")).StatusCode);
    }

    [Fact]
    public async Task WithoutAConfiguredKeyTheEndpointsDoNotExist()
    {
        await using var server = await StartAsync(key: null);
        using var http = Client(server, "");

        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/api/admin/knowledge/import", await GoodDocumentAsync())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/admin/knowledge/export")).StatusCode);
    }

    private static Task<BotServer> StartAsync(string? key)
    {
        var environment = new Dictionary<string, string> { ["Knowledge__ImportDemoOnFirstStart"] = "false" };
        if (key is not null) environment["Admin__ApiKey"] = key;
        return BotServer.StartNewAsync(environment);
    }

    private static HttpClient Client(BotServer server, string key)
    {
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    /// <summary>The three good fixture files as one document.</summary>
    private static async Task<StringContent> GoodDocumentAsync()
    {
        var docs = (await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Good)).Select(f => f.Doc).ToList();
        var all = new KnowledgeDocument
        {
            Zones = [.. docs.SelectMany(d => d.Zones)],
            ProductLines = [.. docs.SelectMany(d => d.ProductLines)],
            Products = [.. docs.SelectMany(d => d.Products)],
            Policies = [.. docs.SelectMany(d => d.Policies)],
            FeeSchedules = [.. docs.SelectMany(d => d.FeeSchedules)],
            ServiceLevels = [.. docs.SelectMany(d => d.ServiceLevels)],
            Purchases = [.. docs.SelectMany(d => d.Purchases)],
            Repairs = [.. docs.SelectMany(d => d.Repairs)],
            Articles = [.. docs.SelectMany(d => d.Articles)],
        };
        return Json(JsonSerializer.Serialize(all, KnowledgeDocument.JsonOptions));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
